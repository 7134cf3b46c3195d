import { bigint, char, index, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { affiliate } from './pg-schemas';
import { timestamptz } from './util/columns';

/**
 * Stands for "no enrollment/affiliate" in the rollup key: a primary key cannot hold NULL, and a
 * unique key with NULLs would let the same bucket be inserted twice.
 */
export const ROLLUP_NONE_ID = '00000000-0000-0000-0000-000000000000';

// Hourly click rollup, upserted by the cron worker from clicks, so stats over millions of clicks
// read thousands of rows. Only clicks resolved to a program are rolled up (others belong to no
// tenant). Like clicks, no foreign keys: it is derived data, rebuilt from clicks at will.
export const clickStatsHourly = affiliate.table(
  'click_stats_hourly',
  {
    hour: timestamptz().notNull(),
    organizationId: uuid().notNull(),
    appId: uuid().notNull(),
    programId: uuid().notNull(),
    enrollmentId: uuid().notNull().default(ROLLUP_NONE_ID),
    affiliateId: uuid().notNull().default(ROLLUP_NONE_ID),
    // ISO 3166 'ZZ' (unknown) and 'unknown' stand for NULL, for the same reason.
    country: char({ length: 2 }).notNull().default('ZZ'),
    deviceType: text().notNull().default('unknown'),
    clicks: bigint({ mode: 'number' }).notNull().default(0),
    uniqueClicks: bigint({ mode: 'number' }).notNull().default(0),
    rejectedClicks: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    // affiliate_id is determined by enrollment_id, so it is not part of the key.
    primaryKey({
      name: 'click_stats_hourly_pkey',
      columns: [t.hour, t.programId, t.enrollmentId, t.country, t.deviceType],
    }),
    index('click_stats_hourly_organization_id_hour_idx').on(t.organizationId, t.hour),
    index('click_stats_hourly_program_id_hour_idx').on(t.programId, t.hour),
    index('click_stats_hourly_affiliate_id_hour_idx').on(t.affiliateId, t.hour),
  ],
);

export type ClickStatsHourly = typeof clickStatsHourly.$inferSelect;
