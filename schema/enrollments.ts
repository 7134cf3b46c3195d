import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  inet,
  integer,
  jsonb,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { EnrollmentStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programGroups } from './program-groups';
import { programs } from './programs';
import { users } from './users';
import { checkBasisPoints, checkIn } from './util/checks';
import { basisPoints, id, timestamps, timestamptz } from './util/columns';

/** An affiliate in a program: its status, tracking code, coupon and commission overrides. */
export const enrollments = affiliate.table(
  'enrollments',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The program joined. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    /** The affiliate (a user). */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The program's advertiser, copied so tenant-scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /**
     * pending (applied, awaiting the advertiser), active (tracks and earns), suspended (paused by
     * the advertiser), terminated (ended) or rejected (application refused).
     */
    status: text({ enum: EnrollmentStatus }).notNull().default('pending'),
    /** The `{code}` of `/aff/{code}`: globally unique, because the tracker resolves it with nothing else. */
    refCode: text().notNull(),
    /**
     * The affiliate's coupon for coupon attribution, upper-cased by the app (so unique whatever the
     * case); unique per organization, so a code names one enrollment in every app of the advertiser.
     */
    couponCode: text(),
    /**
     * The partner group of the program whose terms this affiliate earns under. An insert that names
     * none (NULL) joins the program's default group: the enrollments_group_default trigger fills it in.
     */
    groupId: uuid()
      .notNull()
      .$defaultFn(() => null as unknown as string),
    /** Commission rate for this affiliate in basis points; NULL: the group's (else the program's) rate. */
    rateOverrideBps: basisPoints(),
    /** Fixed commission for this affiliate in minor units; NULL: the group's, else the program's. */
    fixedOverrideMinor: bigint({ mode: 'number' }),
    /** Hold period for this affiliate in days; NULL: the group's, else the program's. */
    holdDaysOverride: integer(),
    /**
     * The affiliate's choice for the program's leaderboard: shown to the other affiliates as its first
     * name's first and last letters (A•••a) instead of its name.
     */
    leaderboardMasked: boolean().notNull().default(false),
    /** Why the status was last changed, as given by the advertiser. */
    statusReason: text(),
    /** When the affiliate applied or joined. */
    appliedAt: timestamptz(),
    /** When the enrollment became active. */
    approvedAt: timestamptz(),
    /** The staff member who last changed the status. */
    decidedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /**
     * The answers to the application form, each with its question as asked (domain's StoredAnswer[]);
     * NULL: no form was asked (no form, or the affiliate came by invitation).
     */
    applicationAnswers: jsonb().$type<object[]>(),
    /** The version of program_terms the affiliate accepted when applying; NULL: none was asked. */
    termsVersion: integer(),
    /** When the terms were accepted. */
    termsAcceptedAt: timestamptz(),
    /** The address the terms were accepted from. */
    termsAcceptedIp: inet(),
    /** The auto-approval rule that approved the application (domain's AutoApprovalRule); NULL: not approved by a rule. */
    autoApprovedBy: jsonb().$type<object>(),
    ...timestamps,
  },
  (t) => [
    // Leads with program_id, so it also serves as that foreign key's index.
    unique('enrollments_program_id_affiliate_id_unique').on(t.programId, t.affiliateId),
    unique('enrollments_ref_code_unique').on(t.refCode),
    // Coupon attribution knows the app (so its organization), not the program: one code, one enrollment.
    unique('enrollments_organization_id_coupon_code_unique').on(t.organizationId, t.couponCode),
    index('enrollments_affiliate_id_idx').on(t.affiliateId),
    index('enrollments_group_id_idx').on(t.groupId),
    // A member's group is one of its own program's.
    foreignKey({
      name: 'enrollments_group_fk',
      columns: [t.programId, t.groupId],
      foreignColumns: [programGroups.programId, programGroups.id],
    }),
    index('enrollments_organization_id_status_idx').on(t.organizationId, t.status),
    index('enrollments_decided_by_id_idx').on(t.decidedById),
    checkIn('enrollments_status_check', t.status, EnrollmentStatus),
    checkBasisPoints('enrollments_rate_override_bps_check', t.rateOverrideBps),
    check('enrollments_overrides_check', sql`${t.fixedOverrideMinor} >= 0 AND ${t.holdDaysOverride} >= 0`),
    check(
      'enrollments_terms_check',
      sql`(${t.termsVersion} IS NULL) = (${t.termsAcceptedAt} IS NULL) AND ${t.termsVersion} >= 1`,
    ),
    check('enrollments_coupon_code_upper_check', sql`${t.couponCode} = upper(${t.couponCode})`),
  ],
);

export type Enrollment = typeof enrollments.$inferSelect;
export type NewEnrollment = typeof enrollments.$inferInsert;
