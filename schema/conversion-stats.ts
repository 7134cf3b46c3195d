import { sql } from 'drizzle-orm';
import { bigint, char, check, index, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { ROLLUP_NONE_ID } from './click-stats';
import { CommissionKind, CommissionStatus, ConversionStatus, RecordedEventType } from './enums';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { timestamptz } from './util/columns';

/** Stands for "no currency" (a lead without an amount) in a rollup key: ISO 4217's own code for it. */
export const ROLLUP_NO_CURRENCY = 'XXX';

/** Key and attribute columns the conversion-side rollups share. */
const conversionBucket = () => ({
  /** Start of the UTC hour in which the conversion occurred (conversions.occurred_at). */
  hour: timestamptz().notNull(),
  /** The advertiser. */
  organizationId: uuid().notNull(),
  /** The app that reported the conversion. */
  appId: uuid().notNull(),
  /** The attributed program, or the all-zero id while unattributed. */
  programId: uuid().notNull().default(ROLLUP_NONE_ID),
  /** The attributed enrollment (whose traffic converted), or the all-zero id. */
  enrollmentId: uuid().notNull().default(ROLLUP_NONE_ID),
  /** The attributed affiliate, or the all-zero id. */
  affiliateId: uuid().notNull().default(ROLLUP_NONE_ID),
});

/** What both conversion rollups count per key: the event type, status and currency close the key. */
const conversionMeasures = () => ({
  /** lead, sale, rebill, refund, cancel or click (a CPC click credit). */
  eventType: text({ enum: RecordedEventType }).notNull(),
  /** The conversion's status now (pending, flagged, approved, rejected, reversed). */
  status: text({ enum: ConversionStatus }).notNull(),
  /** Currency of the reported amount; 'XXX' when the event carried none. */
  currency: char({ length: 3 }).notNull().default(ROLLUP_NO_CURRENCY),
  /** Conversions. */
  conversions: bigint({ mode: 'number' }).notNull().default(0),
  /** Sum of the amounts the advertiser reported, in minor units of currency. */
  revenueMinor: bigint({ mode: 'number' }).notNull().default(0),
});

/**
 * Hourly conversions and revenue, with the country and device of the attributed click. The transaction
 * that changes a conversion moves its rows from what the conversion was counted as
 * (stats_counted_conversions) to what it is now, so status changes, late attribution and redelivery
 * all leave it equal to the raw rows.
 */
export const conversionStatsHourly = affiliate.table(
  'conversion_stats_hourly',
  {
    ...conversionBucket(),
    /** Country of the attributed click; 'ZZ' when unknown or attributed without a click. */
    country: char({ length: 2 }).notNull().default('ZZ'),
    /** Device class of the attributed click; 'unknown' when none. */
    deviceType: text().notNull().default('unknown'),
    ...conversionMeasures(),
  },
  (t) => [
    primaryKey({
      name: 'conversion_stats_hourly_pkey',
      columns: [
        t.organizationId,
        t.hour,
        t.appId,
        t.programId,
        t.enrollmentId,
        t.country,
        t.deviceType,
        t.eventType,
        t.status,
        t.currency,
      ],
    }),
    index('conversion_stats_hourly_affiliate_id_hour_idx').on(t.affiliateId, t.hour),
    index('conversion_stats_hourly_hour_idx').on(t.hour),
    checkIn('conversion_stats_hourly_event_type_check', t.eventType, RecordedEventType),
    checkIn('conversion_stats_hourly_status_check', t.status, ConversionStatus),
  ],
);

/** Hourly conversions and revenue per sub value of the attributed click (one row per slot it carried). */
export const conversionSubsHourly = affiliate.table(
  'conversion_subs_hourly',
  {
    ...conversionBucket(),
    /** Which sub parameter, 1 to 10. */
    slot: smallint().notNull(),
    /** The value the attributed click carried in that slot. */
    value: text().notNull(),
    ...conversionMeasures(),
  },
  (t) => [
    primaryKey({
      name: 'conversion_subs_hourly_pkey',
      columns: [
        t.organizationId,
        t.hour,
        t.appId,
        t.programId,
        t.enrollmentId,
        t.slot,
        t.value,
        t.eventType,
        t.status,
        t.currency,
      ],
    }),
    index('conversion_subs_hourly_affiliate_id_slot_hour_idx').on(t.affiliateId, t.slot, t.hour),
    check('conversion_subs_hourly_slot_check', sql`${t.slot} BETWEEN 1 AND 10`),
    checkIn('conversion_subs_hourly_event_type_check', t.eventType, RecordedEventType),
    checkIn('conversion_subs_hourly_status_check', t.status, ConversionStatus),
  ],
);

/**
 * Hourly commission lines (payout), bucketed by their conversion's hour and the attributed click's
 * country and device, per beneficiary and level: level 0 pays the enrollment's own affiliate, levels
 * 1–3 its upline. Moved with the conversion rollups, from stats_counted_commissions.
 */
export const commissionStatsHourly = affiliate.table(
  'commission_stats_hourly',
  {
    ...conversionBucket(),
    /** Who earns the lines: the affiliate for level 0, an upline affiliate above. */
    beneficiaryId: uuid().notNull(),
    /** 0 for the converting affiliate, 1–3 for the upline. */
    level: smallint().notNull(),
    /** commission, or adjustment (a refund after payout, netted against the next one). */
    kind: text({ enum: CommissionKind }).notNull(),
    /** The lines' status now (pending, approved, in_payout, paid, rejected, reversed). */
    status: text({ enum: CommissionStatus }).notNull(),
    /** Country of the attributed click; 'ZZ' when unknown. */
    country: char({ length: 2 }).notNull().default('ZZ'),
    /** Device class of the attributed click; 'unknown' when none. */
    deviceType: text().notNull().default('unknown'),
    /** Currency of the lines (the program's). */
    currency: char({ length: 3 }).notNull(),
    /** Commission lines. */
    lines: bigint({ mode: 'number' }).notNull().default(0),
    /** Sum of the line amounts, in minor units; adjustments are negative. */
    amountMinor: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'commission_stats_hourly_pkey',
      columns: [
        t.organizationId,
        t.hour,
        t.appId,
        t.programId,
        t.enrollmentId,
        t.beneficiaryId,
        t.level,
        t.kind,
        t.status,
        t.country,
        t.deviceType,
        t.currency,
      ],
    }),
    index('commission_stats_hourly_beneficiary_id_hour_idx').on(t.beneficiaryId, t.hour),
    index('commission_stats_hourly_hour_idx').on(t.hour),
    checkIn('commission_stats_hourly_kind_check', t.kind, CommissionKind),
    checkIn('commission_stats_hourly_status_check', t.status, CommissionStatus),
  ],
);

/** Hourly level-0 commission lines per sub value of the attributed click: the affiliate's EPC by sub. */
export const commissionSubsHourly = affiliate.table(
  'commission_subs_hourly',
  {
    ...conversionBucket(),
    /** Which sub parameter, 1 to 10. */
    slot: smallint().notNull(),
    /** The value the attributed click carried in that slot. */
    value: text().notNull(),
    /** The lines' status now. */
    status: text({ enum: CommissionStatus }).notNull(),
    /** Currency of the lines. */
    currency: char({ length: 3 }).notNull(),
    /** Level-0 commission lines. */
    lines: bigint({ mode: 'number' }).notNull().default(0),
    /** Sum of their amounts, in minor units. */
    amountMinor: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'commission_subs_hourly_pkey',
      columns: [t.organizationId, t.hour, t.appId, t.programId, t.enrollmentId, t.slot, t.value, t.status, t.currency],
    }),
    index('commission_subs_hourly_affiliate_id_slot_hour_idx').on(t.affiliateId, t.slot, t.hour),
    check('commission_subs_hourly_slot_check', sql`${t.slot} BETWEEN 1 AND 10`),
    checkIn('commission_subs_hourly_status_check', t.status, CommissionStatus),
  ],
);

/**
 * Hourly conversions and revenue per advertiser with no other dimension: what an organization's
 * overview and its reports by time alone read (a few rows per hour instead of one per enrollment).
 * Moved by the same statement as the rollups above.
 */
export const conversionOrgHourly = affiliate.table(
  'conversion_org_hourly',
  {
    /** Start of the UTC hour in which the conversion occurred (conversions.occurred_at). */
    hour: timestamptz().notNull(),
    /** The advertiser. */
    organizationId: uuid().notNull(),
    ...conversionMeasures(),
  },
  (t) => [
    primaryKey({
      name: 'conversion_org_hourly_pkey',
      columns: [t.organizationId, t.hour, t.eventType, t.status, t.currency],
    }),
    index('conversion_org_hourly_hour_idx').on(t.hour),
    checkIn('conversion_org_hourly_event_type_check', t.eventType, RecordedEventType),
    checkIn('conversion_org_hourly_status_check', t.status, ConversionStatus),
  ],
);

/** Hourly commission lines of every level per advertiser: the payout of its reports by time alone. */
export const commissionOrgHourly = affiliate.table(
  'commission_org_hourly',
  {
    /** Start of the UTC hour in which the conversion occurred (conversions.occurred_at). */
    hour: timestamptz().notNull(),
    /** The advertiser. */
    organizationId: uuid().notNull(),
    /** The lines' status now. */
    status: text({ enum: CommissionStatus }).notNull(),
    /** Currency of the lines. */
    currency: char({ length: 3 }).notNull(),
    /** Commission lines, every level and kind. */
    lines: bigint({ mode: 'number' }).notNull().default(0),
    /** Sum of their amounts, in minor units; adjustments are negative. */
    amountMinor: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'commission_org_hourly_pkey', columns: [t.organizationId, t.hour, t.status, t.currency] }),
    index('commission_org_hourly_hour_idx').on(t.hour),
    checkIn('commission_org_hourly_status_check', t.status, CommissionStatus),
  ],
);

/**
 * Hourly live leads and sales per creative: those attributed through a click (click id or fingerprint) whose
 * link is a creative's banner link. What a program's creative list counts, instead of joining the program's
 * conversions to their clicks and links on every request. Moved by the same statement as the rollups above,
 * from stats_counted_conversions.creative_id, so a rejection or reversal takes the conversion out again.
 */
export const conversionCreativesHourly = affiliate.table(
  'conversion_creatives_hourly',
  {
    /** The advertiser. */
    organizationId: uuid().notNull(),
    /** The attributed program. */
    programId: uuid().notNull(),
    /** Start of the UTC hour in which the conversion occurred (conversions.occurred_at). */
    hour: timestamptz().notNull(),
    /** The attributed enrollment. */
    enrollmentId: uuid().notNull(),
    /** The creative of the attributed click's link. */
    creativeId: uuid().notNull(),
    /** The attributed affiliate (the enrollment's). */
    affiliateId: uuid().notNull(),
    /** Leads and sales neither rejected nor reversed. */
    conversions: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'conversion_creatives_hourly_pkey',
      columns: [t.organizationId, t.programId, t.hour, t.enrollmentId, t.creativeId],
    }),
    index('conversion_creatives_hourly_hour_idx').on(t.hour),
  ],
);

export type ConversionStatsHourly = typeof conversionStatsHourly.$inferSelect;
export type ConversionSubsHourly = typeof conversionSubsHourly.$inferSelect;
export type CommissionStatsHourly = typeof commissionStatsHourly.$inferSelect;
export type CommissionSubsHourly = typeof commissionSubsHourly.$inferSelect;
export type ConversionCreativesHourly = typeof conversionCreativesHourly.$inferSelect;
