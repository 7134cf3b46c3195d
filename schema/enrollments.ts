import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, text, unique, uuid } from 'drizzle-orm/pg-core';
import { EnrollmentStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { users } from './users';
import { checkBasisPoints, checkIn } from './util/checks';
import { basisPoints, id, timestamps, timestamptz } from './util/columns';

// An affiliate in a program: its tracking code, its coupon and its overrides.
export const enrollments = affiliate.table(
  'enrollments',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    // Copied from the program so tenant-scoped queries need no join.
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    status: text({ enum: EnrollmentStatus }).notNull().default('pending'),
    // The `{code}` of `/aff/{code}`: global, because the tracker resolves it with nothing else.
    refCode: text().notNull(),
    // Upper-cased by the app; one per affiliate per program.
    couponCode: text(),
    rateOverrideBps: basisPoints(),
    fixedOverrideMinor: bigint({ mode: 'number' }),
    holdDaysOverride: integer(),
    statusReason: text(),
    appliedAt: timestamptz(),
    approvedAt: timestamptz(),
    decidedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    // Leads with program_id, so it also serves as that foreign key's index.
    unique('enrollments_program_id_affiliate_id_unique').on(t.programId, t.affiliateId),
    unique('enrollments_ref_code_unique').on(t.refCode),
    unique('enrollments_program_id_coupon_code_unique').on(t.programId, t.couponCode),
    // Coupon attribution knows the app, not the program: look the code up across programs.
    index('enrollments_coupon_code_idx').on(t.couponCode),
    index('enrollments_affiliate_id_idx').on(t.affiliateId),
    index('enrollments_organization_id_status_idx').on(t.organizationId, t.status),
    index('enrollments_decided_by_id_idx').on(t.decidedById),
    checkIn('enrollments_status_check', t.status, EnrollmentStatus),
    checkBasisPoints('enrollments_rate_override_bps_check', t.rateOverrideBps),
    check('enrollments_overrides_check', sql`${t.fixedOverrideMinor} >= 0 AND ${t.holdDaysOverride} >= 0`),
    check('enrollments_coupon_code_upper_check', sql`${t.couponCode} = upper(${t.couponCode})`),
  ],
);

export type Enrollment = typeof enrollments.$inferSelect;
export type NewEnrollment = typeof enrollments.$inferInsert;
