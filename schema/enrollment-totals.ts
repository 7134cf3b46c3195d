import { bigint, char, index, uuid } from 'drizzle-orm/pg-core';
import { enrollments } from './enrollments';
import { affiliate } from './pg-schemas';
import { timestamps } from './util/columns';

/**
 * Lifetime totals per enrollment, so affiliate tables sort by clicks, conversions, earnings or EPC
 * without summing rollups per row. Clicks are added at ingest; conversions and earnings move with
 * the conversion rollups.
 */
export const enrollmentTotals = affiliate.table(
  'enrollment_totals',
  {
    /** The enrollment these totals belong to. */
    enrollmentId: uuid()
      .primaryKey()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    /** The program's advertiser, for tenant-scoped sorting. */
    organizationId: uuid().notNull(),
    /** The program. */
    programId: uuid().notNull(),
    /** The affiliate. */
    affiliateId: uuid().notNull(),
    /** Accepted clicks, ever. */
    clicks: bigint({ mode: 'number' }).notNull().default(0),
    /** Accepted unique clicks, ever. */
    uniqueClicks: bigint({ mode: 'number' }).notNull().default(0),
    /** Leads and sales that are not rejected or reversed. */
    conversions: bigint({ mode: 'number' }).notNull().default(0),
    /** Level-0 commission lines not rejected or reversed, in minor units of currency. */
    earningsMinor: bigint({ mode: 'number' }).notNull().default(0),
    /** The currency of the earnings (the program's); null until the first commission line. */
    currency: char({ length: 3 }),
    ...timestamps,
  },
  (t) => [
    index('enrollment_totals_organization_id_idx').on(t.organizationId),
    index('enrollment_totals_program_id_idx').on(t.programId),
    index('enrollment_totals_affiliate_id_idx').on(t.affiliateId),
  ],
);

export type EnrollmentTotals = typeof enrollmentTotals.$inferSelect;
