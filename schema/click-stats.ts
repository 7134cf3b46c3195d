import { bigint, char, index, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { affiliate } from './pg-schemas';
import { timestamptz } from './util/columns';

/**
 * Stands for "no enrollment/affiliate" in the rollup key: a primary key cannot hold NULL, and a
 * unique key with NULLs would let the same bucket be inserted twice.
 */
export const ROLLUP_NONE_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Hourly click rollup, upserted from clicks as they are ingested, so stats over millions of clicks
 * read thousands of rows. Only clicks resolved to a program are rolled up (others belong to no
 * tenant). Like clicks, no foreign keys: it is derived data, rebuilt from clicks at will.
 */
export const clickStatsHourly = affiliate.table(
  'click_stats_hourly',
  {
    /** Start of the UTC hour. */
    hour: timestamptz().notNull(),
    /** The program's advertiser. */
    organizationId: uuid().notNull(),
    /** The program's app. */
    appId: uuid().notNull(),
    /** The program clicked. */
    programId: uuid().notNull(),
    /** The enrollment, or the all-zero id when the click had none. */
    enrollmentId: uuid().notNull().default(ROLLUP_NONE_ID),
    /** The enrollment's affiliate, or the all-zero id. */
    affiliateId: uuid().notNull().default(ROLLUP_NONE_ID),
    /** Click country; ISO 3166 'ZZ' (unknown) stands for NULL, which a primary key cannot hold. */
    country: char({ length: 2 }).notNull().default('ZZ'),
    /** Click device class; 'unknown' stands for NULL. */
    deviceType: text().notNull().default('unknown'),
    /** Accepted clicks. */
    clicks: bigint({ mode: 'number' }).notNull().default(0),
    /** Accepted clicks marked is_unique. */
    uniqueClicks: bigint({ mode: 'number' }).notNull().default(0),
    /** Rejected clicks. */
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
