import { sql } from 'drizzle-orm';
import { bigint, char, check, index, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { ClickRejectReason } from './enums';
import { ROLLUP_NONE_ID } from './ids';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { timestamptz } from './util/columns';

/**
 * The rollup key's "no enrollment/affiliate": a primary key cannot hold NULL, and a unique key with NULLs
 * would let the same bucket be inserted twice.
 */
export { ROLLUP_NONE_ID };

/**
 * Hourly click rollup, summed from the clicks of each passed hour by the click-rollups job (and
 * from late clicks by ingest; see click_rollups_derived), so stats over millions of clicks read
 * thousands of rows. Only clicks resolved to a program are rolled up (others belong to no
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

/** Key and attribute columns every per-program click rollup shares; attributes follow from the program and enrollment. */
const programClickBucket = () => ({
  /** Start of the UTC hour; any time zone with a whole-hour offset sums these rows into its own days. */
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
  /** Accepted clicks. */
  clicks: bigint({ mode: 'number' }).notNull().default(0),
  /** Accepted clicks marked is_unique at ingest. */
  uniqueClicks: bigint({ mode: 'number' }).notNull().default(0),
});

/**
 * Hourly rejected clicks by reason, for the "why was my traffic refused" report. Clicks of unknown
 * codes belong to no program or advertiser: their ids are the all-zero id, visible to platform staff only.
 */
export const clickRejectionsHourly = affiliate.table(
  'click_rejections_hourly',
  {
    /** Start of the UTC hour. */
    hour: timestamptz().notNull(),
    /** The program's advertiser, or the all-zero id for clicks that resolved to none. */
    organizationId: uuid().notNull().default(ROLLUP_NONE_ID),
    /** The program, or the all-zero id. */
    programId: uuid().notNull().default(ROLLUP_NONE_ID),
    /** The enrollment, or the all-zero id. */
    enrollmentId: uuid().notNull().default(ROLLUP_NONE_ID),
    /** The enrollment's affiliate, or the all-zero id. */
    affiliateId: uuid().notNull().default(ROLLUP_NONE_ID),
    /** Why the tracker refused the click (clicks.reject_reason). */
    reason: text({ enum: ClickRejectReason }).notNull(),
    /** Rejected clicks. */
    clicks: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'click_rejections_hourly_pkey',
      columns: [t.hour, t.organizationId, t.programId, t.enrollmentId, t.reason],
    }),
    index('click_rejections_hourly_organization_id_hour_idx').on(t.organizationId, t.hour),
    index('click_rejections_hourly_affiliate_id_hour_idx').on(t.affiliateId, t.hour),
    checkIn('click_rejections_hourly_reason_check', t.reason, ClickRejectReason),
  ],
);

/** Hourly accepted clicks by device class, operating system and browser (the parsed user agent). */
export const clickTechHourly = affiliate.table(
  'click_tech_hourly',
  {
    ...programClickBucket(),
    /** Device class; 'unknown' stands for NULL. */
    deviceType: text().notNull().default('unknown'),
    /** Operating system name; '' stands for NULL. */
    os: text().notNull().default(''),
    /** Browser name; '' stands for NULL. */
    browser: text().notNull().default(''),
  },
  (t) => [
    primaryKey({
      name: 'click_tech_hourly_pkey',
      columns: [t.hour, t.programId, t.enrollmentId, t.deviceType, t.os, t.browser],
    }),
    index('click_tech_hourly_organization_id_hour_idx').on(t.organizationId, t.hour),
    index('click_tech_hourly_affiliate_id_hour_idx').on(t.affiliateId, t.hour),
  ],
);

/** Hourly accepted clicks per tracking link (links made in the link builder). */
export const clickLinksHourly = affiliate.table(
  'click_links_hourly',
  {
    ...programClickBucket(),
    /** The link followed, or the all-zero id for clicks that came through no saved link. */
    linkId: uuid().notNull().default(ROLLUP_NONE_ID),
  },
  (t) => [
    primaryKey({ name: 'click_links_hourly_pkey', columns: [t.hour, t.programId, t.enrollmentId, t.linkId] }),
    index('click_links_hourly_organization_id_hour_idx').on(t.organizationId, t.hour),
    index('click_links_hourly_affiliate_id_hour_idx').on(t.affiliateId, t.hour),
  ],
);

/**
 * Hourly accepted clicks per sub value: one row per (slot, value) a click carried, so a click with
 * sub1 and sub3 counts once under slot 1 and once under slot 3. Clicks without any sub add nothing.
 */
export const clickSubsHourly = affiliate.table(
  'click_subs_hourly',
  {
    ...programClickBucket(),
    /** Which sub parameter, 1 to 10. */
    slot: smallint().notNull(),
    /** The value the affiliate put in that sub parameter. */
    value: text().notNull(),
  },
  (t) => [
    primaryKey({
      name: 'click_subs_hourly_pkey',
      columns: [t.hour, t.programId, t.enrollmentId, t.slot, t.value],
    }),
    index('click_subs_hourly_organization_id_slot_hour_idx').on(t.organizationId, t.slot, t.hour),
    index('click_subs_hourly_affiliate_id_slot_hour_idx').on(t.affiliateId, t.slot, t.hour),
    check('click_subs_hourly_slot_check', sql`${t.slot} BETWEEN 1 AND 10`),
  ],
);

export type ClickRejectionsHourly = typeof clickRejectionsHourly.$inferSelect;
export type ClickTechHourly = typeof clickTechHourly.$inferSelect;
export type ClickLinksHourly = typeof clickLinksHourly.$inferSelect;
export type ClickSubsHourly = typeof clickSubsHourly.$inferSelect;
