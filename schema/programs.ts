import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { AttributionRule, CommissionType, PayoutModel, ProgramStatus, ProgramVisibility, RecurringMode } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { checkBasisPoints, checkIn } from './util/checks';
import { basisPoints, currency, id, timestamps } from './util/columns';

// A campaign/offer of one app. Per-enrollment overrides live on enrollments.
export const programs = affiliate.table(
  'programs',
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    slug: text().notNull(),
    description: text(),
    status: text({ enum: ProgramStatus }).notNull().default('draft'),
    visibility: text({ enum: ProgramVisibility }).notNull().default('approval'),
    payoutModel: text({ enum: PayoutModel }).notNull(),
    commissionType: text({ enum: CommissionType }).notNull(),
    commissionRateBps: basisPoints(),
    commissionFixedMinor: bigint({ mode: 'number' }),
    // What the advertiser earns per action, for spend/ROI reports; not used in commission math.
    revenueMinor: bigint({ mode: 'number' }),
    currency: currency(),
    recurringMode: text({ enum: RecurringMode }).notNull().default('none'),
    recurringMonths: integer(),
    // NULL: rebills earn the program's own commission rate.
    recurringRateBps: basisPoints(),
    // Index 0 is the direct affiliate's upline (level 1), then levels 2 and 3.
    multiLevelRatesBps: integer().array().notNull().default([1000, 300, 100]),
    holdDays: integer().notNull().default(30),
    cookieDays: integer().notNull().default(30),
    attributionRule: text({ enum: AttributionRule }).notNull().default('last_click'),
    landingUrl: text().notNull(),
    landingUrls: text().array().notNull().default([]),
    // Hostnames a redirect may target; never an open redirect.
    allowedDomains: text().array().notNull().default([]),
    fallbackUrl: text(),
    // ISO country codes; an empty allow-list allows every country not denied.
    geoAllow: text().array().notNull().default([]),
    geoDeny: text().array().notNull().default([]),
    // NULL cap: unlimited.
    capClicksDaily: integer(),
    capClicksTotal: integer(),
    capConversionsDaily: integer(),
    capConversionsTotal: integer(),
    payoutMinMinor: bigint({ mode: 'number' }).notNull().default(10000),
    // Fraud thresholds: conversions above these are flagged for review.
    fraudMaxConversionsPerIpHour: integer().notNull().default(10),
    fraudMinSecondsAfterClick: integer().notNull().default(10),
    // SHA-256 of the S2S `/postback` secret: compared, never shown again (rotate to replace).
    postbackSecretHash: text(),
    // When non-empty, `/postback` calls for this program are accepted only from these IPs.
    postbackAllowedIps: text().array().notNull().default([]),
    // Bumped by every update, and recorded on each commission computed from these terms.
    version: integer().notNull().default(1),
    onboardingBrief: text(),
    goals: text(),
    ...timestamps,
  },
  (t) => [
    // Leads with organization_id, so it also serves as that foreign key's index.
    unique('programs_organization_id_slug_unique').on(t.organizationId, t.slug),
    index('programs_app_id_idx').on(t.appId),
    // The S2S `/postback` finds its program by the hash of the presented secret.
    unique('programs_postback_secret_hash_unique').on(t.postbackSecretHash),
    index('programs_status_visibility_idx').on(t.status, t.visibility),
    checkIn('programs_status_check', t.status, ProgramStatus),
    checkIn('programs_visibility_check', t.visibility, ProgramVisibility),
    checkIn('programs_payout_model_check', t.payoutModel, PayoutModel),
    checkIn('programs_commission_type_check', t.commissionType, CommissionType),
    checkIn('programs_recurring_mode_check', t.recurringMode, RecurringMode),
    checkIn('programs_attribution_rule_check', t.attributionRule, AttributionRule),
    checkBasisPoints('programs_commission_rate_bps_check', t.commissionRateBps),
    checkBasisPoints('programs_recurring_rate_bps_check', t.recurringRateBps),
    check(
      'programs_multi_level_rates_bps_check',
      sql`cardinality(${t.multiLevelRatesBps}) <= 3 AND 0 <= ALL(${t.multiLevelRatesBps}) AND 10000 >= ALL(${t.multiLevelRatesBps})`,
    ),
    check(
      'programs_commission_shape_check',
      sql`(${t.commissionType} NOT IN ('percent', 'hybrid') OR ${t.commissionRateBps} IS NOT NULL) AND (${t.commissionType} NOT IN ('fixed', 'hybrid') OR ${t.commissionFixedMinor} IS NOT NULL)`,
    ),
    check('programs_recurring_months_check', sql`${t.recurringMode} <> 'months' OR ${t.recurringMonths} > 0`),
    check(
      'programs_amounts_check',
      sql`${t.commissionFixedMinor} >= 0 AND ${t.revenueMinor} >= 0 AND ${t.payoutMinMinor} >= 0`,
    ),
    check('programs_days_check', sql`${t.holdDays} >= 0 AND ${t.cookieDays} >= 0`),
    check(
      'programs_caps_check',
      sql`${t.capClicksDaily} >= 0 AND ${t.capClicksTotal} >= 0 AND ${t.capConversionsDaily} >= 0 AND ${t.capConversionsTotal} >= 0`,
    ),
    check(
      'programs_fraud_thresholds_check',
      sql`${t.fraudMaxConversionsPerIpHour} > 0 AND ${t.fraudMinSecondsAfterClick} >= 0`,
    ),
  ],
);

export type Program = typeof programs.$inferSelect;
export type NewProgram = typeof programs.$inferInsert;
