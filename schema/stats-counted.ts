import { sql } from 'drizzle-orm';
import { bigint, boolean, char, index, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { CommissionKind, CommissionStatus, ConversionStatus, RecordedEventType } from './enums';
import { affiliate } from './pg-schemas';
import { timestamptz } from './util/columns';

/**
 * What each conversion is counted as in the conversion-side rollups right now: its rollup keys and
 * measures as of its last stats refresh. A refresh subtracts this row and adds the conversion's
 * recomputed contribution, so it reads only the conversions it changed. Derived data, rebuilt by
 * the stats rebuild; no foreign keys, and the all-zero id stands for "none" as in the rollups.
 */
export const statsCountedConversions = affiliate.table(
  'stats_counted_conversions',
  {
    /** The conversion (conversions.id). */
    conversionId: uuid().primaryKey(),
    /** The advertiser. */
    organizationId: uuid().notNull(),
    /** Start of the UTC hour in which the conversion occurred. */
    hour: timestamptz().notNull(),
    /** The app that reported the conversion. */
    appId: uuid().notNull(),
    /** The attributed program, or the all-zero id while unattributed. */
    programId: uuid().notNull(),
    /** The attributed enrollment, or the all-zero id while unattributed. */
    enrollmentId: uuid().notNull(),
    /** The attributed affiliate, or the all-zero id. */
    affiliateId: uuid().notNull(),
    /** Country of the attributed click; 'ZZ' when unknown or attributed without a click. */
    country: char({ length: 2 }).notNull(),
    /** Device class of the attributed click; 'unknown' when none. */
    deviceType: text().notNull(),
    /** lead, sale, rebill, refund, cancel or click (a CPC click credit). */
    eventType: text({ enum: RecordedEventType }).notNull(),
    /** The status it is counted under. */
    status: text({ enum: ConversionStatus }).notNull(),
    /** Currency of the reported amount; 'XXX' when the event carried none. */
    currency: char({ length: 3 }).notNull(),
    /** The reported amount counted as revenue, in minor units of currency. */
    amountMinor: bigint({ mode: 'number' }).notNull(),
    /** Whether the attributed click was found: only then do the sub rollups count it. */
    hasClick: boolean().notNull(),
    /** Sub 1 of the attributed click. */
    sub1: text(),
    /** Sub 2 of the attributed click. */
    sub2: text(),
    /** Sub 3 of the attributed click. */
    sub3: text(),
    /** Sub 4 of the attributed click. */
    sub4: text(),
    /** Sub 5 of the attributed click. */
    sub5: text(),
    /** Sub 6 of the attributed click. */
    sub6: text(),
    /** Sub 7 of the attributed click. */
    sub7: text(),
    /** Sub 8 of the attributed click. */
    sub8: text(),
    /** Sub 9 of the attributed click. */
    sub9: text(),
    /** Sub 10 of the attributed click. */
    sub10: text(),
    /**
     * The creative of the attributed click's link, when attributed through that click (click id or fingerprint):
     * what conversion_creatives_hourly counts it under. Deleting a creative refreshes the conversions found here.
     */
    creativeId: uuid(),
  },
  (t) => [
    index('stats_counted_conversions_hour_idx').on(t.hour),
    index('stats_counted_conversions_creative_id_idx').on(t.creativeId).where(sql`${t.creativeId} IS NOT NULL`),
  ],
);

/**
 * What each commission line is counted as in the commission rollups right now. The conversion-side
 * keys (hour, enrollment, country, subs…) are those of its conversion's row in
 * stats_counted_conversions, which a refresh always replaces together with all of its lines.
 */
export const statsCountedCommissions = affiliate.table(
  'stats_counted_commissions',
  {
    /** The commission line (commissions.id). */
    commissionId: uuid().primaryKey(),
    /** Its conversion (stats_counted_conversions.conversion_id). */
    conversionId: uuid().notNull(),
    /** Who earns the line. */
    beneficiaryId: uuid().notNull(),
    /** 0 for the converting affiliate, 1–3 for the upline. */
    level: smallint().notNull(),
    /** commission or adjustment. */
    kind: text({ enum: CommissionKind }).notNull(),
    /** The status it is counted under. */
    status: text({ enum: CommissionStatus }).notNull(),
    /** Currency of the line. */
    currency: char({ length: 3 }).notNull(),
    /** The amount counted, in minor units; negative for an adjustment. */
    amountMinor: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [index('stats_counted_commissions_conversion_id_idx').on(t.conversionId)],
);

export type StatsCountedConversion = typeof statsCountedConversions.$inferSelect;
export type StatsCountedCommission = typeof statsCountedCommissions.$inferSelect;
