import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, text, unique, uuid } from 'drizzle-orm/pg-core';
import { JoinApproval } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programGroups } from './program-groups';
import { programs } from './programs';
import { users } from './users';
import { checkBasisPoints, checkIn } from './util/checks';
import { basisPoints, createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * A shareable link an advertiser hands out to recruit affiliates into one program, or into the whole
 * organization (program_id NULL: every active program, invite-only ones included).
 */
export const registrationLinks = affiliate.table(
  'registration_links',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The recruiting advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The program joined; NULL: every active program of the organization. */
    programId: uuid().references(() => programs.id, { onDelete: 'cascade' }),
    /** The partner group of the program the link places joiners into; NULL: the program's default group. */
    groupId: uuid(),
    /** The random, unguessable `{code}` of `/join/{code}`. */
    code: text().notNull(),
    /** The advertiser's name for the link (where it was posted, who it was for). */
    label: text().notNull(),
    /** After this the link is refused; NULL: never expires. */
    expiresAt: timestamptz(),
    /** How many affiliates may join through it; NULL: unlimited. */
    maxUses: integer(),
    /** How many affiliates joined through it (raised under the row lock, never past max_uses). */
    usesCount: integer().notNull().default(0),
    /** Commission rate given to the enrollments it makes, in basis points; NULL: the program's rate. */
    rateOverrideBps: basisPoints(),
    /** Hold period given to the enrollments it makes, in days; NULL: the program's. */
    holdDaysOverride: integer(),
    /** approve: enrollments start active; review: they wait as pending for the advertiser. */
    approval: text({ enum: JoinApproval }).notNull().default('approve'),
    /** When staff revoked it. */
    revokedAt: timestamptz(),
    /** The staff member who made it. */
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    unique('registration_links_code_unique').on(t.code),
    index('registration_links_organization_id_idx').on(t.organizationId),
    index('registration_links_program_id_idx').on(t.programId),
    index('registration_links_created_by_id_idx').on(t.createdById),
    index('registration_links_group_id_idx').on(t.groupId),
    // The group is one of the link's program's; an organization-wide link (no program) names none.
    foreignKey({
      name: 'registration_links_group_fk',
      columns: [t.programId, t.groupId],
      foreignColumns: [programGroups.programId, programGroups.id],
    }),
    check('registration_links_group_check', sql`${t.groupId} IS NULL OR ${t.programId} IS NOT NULL`),
    checkIn('registration_links_approval_check', t.approval, JoinApproval),
    checkBasisPoints('registration_links_rate_override_bps_check', t.rateOverrideBps),
    check('registration_links_hold_days_override_check', sql`${t.holdDaysOverride} >= 0`),
    check(
      'registration_links_uses_check',
      sql`${t.usesCount} >= 0 AND (${t.maxUses} IS NULL OR (${t.maxUses} > 0 AND ${t.usesCount} <= ${t.maxUses}))`,
    ),
  ],
);

export type RegistrationLink = typeof registrationLinks.$inferSelect;

/**
 * One affiliate's use of a registration link: one per affiliate and link, so joining again never counts
 * twice. A sign-up through the link leaves it unclaimed (used_at NULL) until the email is verified.
 */
export const registrationLinkUses = affiliate.table(
  'registration_link_uses',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The link used. */
    linkId: uuid()
      .notNull()
      .references(() => registrationLinks.id, { onDelete: 'cascade' }),
    /** The affiliate who used it. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** When the use was counted (the affiliate enrolled); NULL: signed up, email not verified yet. */
    usedAt: timestamptz(),
    /** When the affiliate signed up or accepted through the link. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('registration_link_uses_link_id_user_id_unique').on(t.linkId, t.userId),
    index('registration_link_uses_user_id_idx').on(t.userId),
  ],
);

export type RegistrationLinkUse = typeof registrationLinkUses.$inferSelect;
