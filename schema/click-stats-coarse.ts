import { sql } from 'drizzle-orm';
import { bigint, char, check, index, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { ROLLUP_NONE_ID } from './click-stats';
import { affiliate } from './pg-schemas';
import { timestamptz } from './util/columns';

// Advertiser-grain click rollups. The enrollment-grain ones hold about one row per two clicks at
// 10 million skewed clicks (most enrollment × hour × country cells hold a click or two), so an
// advertiser's month would read millions of rows. These drop the enrollment (or keep it per day)
// and answer the overviews from thousands. Kept by ingest with the others, in the same statement.

/** Click counts every advertiser-grain rollup carries. */
const clickCounts = () => ({
  /** Accepted clicks. */
  clicks: bigint({ mode: 'number' }).notNull().default(0),
  /** Accepted clicks marked is_unique at ingest. */
  uniqueClicks: bigint({ mode: 'number' }).notNull().default(0),
});

/** Hourly clicks per program: the advertiser's and the platform's overviews by time, app and program. */
export const clickProgramHourly = affiliate.table(
  'click_program_hourly',
  {
    /** The program's advertiser. */
    organizationId: uuid().notNull(),
    /** Start of the UTC hour. */
    hour: timestamptz().notNull(),
    /** The program clicked. */
    programId: uuid().notNull(),
    /** The program's app. */
    appId: uuid().notNull(),
    ...clickCounts(),
    /** Rejected clicks. */
    rejectedClicks: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'click_program_hourly_pkey', columns: [t.organizationId, t.hour, t.programId] }),
    index('click_program_hourly_hour_idx').on(t.hour),
  ],
);

/** Hourly clicks per country and device class across the advertiser's programs. */
export const clickGeoHourly = affiliate.table(
  'click_geo_hourly',
  {
    /** The program's advertiser. */
    organizationId: uuid().notNull(),
    /** Start of the UTC hour. */
    hour: timestamptz().notNull(),
    /** Click country; 'ZZ' stands for unknown. */
    country: char({ length: 2 }).notNull().default('ZZ'),
    /** Click device class; 'unknown' stands for NULL. */
    deviceType: text().notNull().default('unknown'),
    ...clickCounts(),
    /** Rejected clicks. */
    rejectedClicks: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'click_geo_hourly_pkey', columns: [t.organizationId, t.hour, t.country, t.deviceType] }),
    index('click_geo_hourly_hour_idx').on(t.hour),
  ],
);

/**
 * Daily (UTC) clicks per enrollment, for reports over a range without time buckets (top
 * affiliates): whole days inside the range read these rows, the partial days at its edges the
 * hourly rollup, so any time zone's range still sums exactly.
 */
export const clickEnrollmentDaily = affiliate.table(
  'click_enrollment_daily',
  {
    /** The program's advertiser. */
    organizationId: uuid().notNull(),
    /** Start of the UTC day. */
    day: timestamptz().notNull(),
    /** The program clicked. */
    programId: uuid().notNull(),
    /** The enrollment, or the all-zero id when the click had none. */
    enrollmentId: uuid().notNull().default(ROLLUP_NONE_ID),
    /** The program's app. */
    appId: uuid().notNull(),
    /** The enrollment's affiliate, or the all-zero id. */
    affiliateId: uuid().notNull().default(ROLLUP_NONE_ID),
    ...clickCounts(),
    /** Rejected clicks. */
    rejectedClicks: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'click_enrollment_daily_pkey',
      columns: [t.organizationId, t.day, t.programId, t.enrollmentId],
    }),
    index('click_enrollment_daily_affiliate_id_day_idx').on(t.affiliateId, t.day),
  ],
);

/** Daily (UTC) accepted clicks per sub value across the advertiser's programs, read like click_enrollment_daily. */
export const clickSubsDaily = affiliate.table(
  'click_subs_daily',
  {
    /** The program's advertiser. */
    organizationId: uuid().notNull(),
    /** Which sub parameter, 1 to 10. */
    slot: smallint().notNull(),
    /** Start of the UTC day. */
    day: timestamptz().notNull(),
    /** The value the affiliate put in that sub parameter. */
    value: text().notNull(),
    ...clickCounts(),
  },
  (t) => [
    primaryKey({ name: 'click_subs_daily_pkey', columns: [t.organizationId, t.slot, t.day, t.value] }),
    check('click_subs_daily_slot_check', sql`${t.slot} BETWEEN 1 AND 10`),
  ],
);

export type ClickProgramHourly = typeof clickProgramHourly.$inferSelect;
export type ClickGeoHourly = typeof clickGeoHourly.$inferSelect;
export type ClickEnrollmentDaily = typeof clickEnrollmentDaily.$inferSelect;
export type ClickSubsDaily = typeof clickSubsDaily.$inferSelect;

/**
 * How far the click rollups (the four above and the five of click-stats.ts) are complete. They
 * hold every click of the hours before `derived_through` and none after: the click-rollups job
 * (deriveClickRollups) sums each hour into them from the raw clicks once it has passed, ingest adds
 * only clicks that arrive for such an hour later, and readers take the hours since from the raw
 * clicks. One row; until the job's first run there is none, and ingest writes every click into
 * every rollup.
 */
export const clickRollupsDerived = affiliate.table(
  'click_rollups_derived',
  {
    /** Always 1: the table holds one row. */
    id: smallint().primaryKey().default(1),
    /** Start of the first UTC hour the click rollups do not hold yet. */
    derivedThrough: timestamptz().notNull(),
  },
  (t) => [check('click_rollups_derived_one_row', sql`${t.id} = 1`)],
);

export type ClickRollupsDerived = typeof clickRollupsDerived.$inferSelect;
