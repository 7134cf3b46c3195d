import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import {
  AttributionRule,
  CommissionType,
  LeaderboardMetric,
  LeaderboardPeriod,
  Locale,
  PayoutModel,
  ProgramCategory,
  ProgramStatus,
  ProgramVisibility,
  RecurringMode,
} from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { checkAllIn, checkBasisPoints, checkIn, literalList } from './util/checks';
import { basisPoints, currency, id, timestamps } from './util/columns';

/**
 * A campaign (offer) of one app: its commission terms, tracking rules, caps and fraud thresholds.
 * Per-affiliate overrides live on enrollments.
 */
export const programs = affiliate.table(
  'programs',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The owning advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The app whose conversions the program pays for. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'restrict' }),
    /** Display name. */
    name: text().notNull(),
    /** URL-safe handle, unique per advertiser. */
    slug: text().notNull(),
    /** Public description for the marketplace. */
    description: text(),
    /** draft (being set up), active (the only status whose clicks are accepted), paused or archived (retired). */
    status: text({ enum: ProgramStatus }).notNull().default('draft'),
    /** public (joined at once), approval (applications wait for the advertiser) or invite_only. */
    visibility: text({ enum: ProgramVisibility }).notNull().default('approval'),
    /**
     * What is paid for: cpa (an action), cpl (a lead), cps (a sale), revshare (a share of revenue)
     * or cpc (an accepted unique click, at commission_fixed_minor per click; its conversions earn nothing).
     */
    payoutModel: text({ enum: PayoutModel }).notNull(),
    /** percent (commission_rate_bps of the amount), fixed (commission_fixed_minor) or hybrid (both). */
    commissionType: text({ enum: CommissionType }).notNull(),
    /** Percentage commission in basis points; required for percent and hybrid. */
    commissionRateBps: basisPoints(),
    /** Fixed commission per conversion in minor units (per click for cpc); required for fixed and hybrid. */
    commissionFixedMinor: bigint({ mode: 'number' }),
    /** What the advertiser earns per action in minor units, for spend/ROI reports; not used in commission math. */
    revenueMinor: bigint({ mode: 'number' }),
    /** ISO 4217 currency of the program's amounts and commissions. */
    currency: currency(),
    /** Whether rebills earn: none, for recurring_months months, or lifetime. */
    recurringMode: text({ enum: RecurringMode }).notNull().default('none'),
    /** How many months rebills earn when recurring_mode is months. */
    recurringMonths: integer(),
    /** Commission rate on rebills in basis points; NULL: the program's own rate. */
    recurringRateBps: basisPoints(),
    /** Upline rates in basis points: index 0 is the direct affiliate's upline (level 1), then levels 2, 3. */
    multiLevelRatesBps: integer().array().notNull().default([1000, 300, 100]),
    /** Days a commission stays pending (refund window) before it is approved. */
    holdDays: integer().notNull().default(30),
    /**
     * Money-back guarantee: a cancellation within this many days of the sale voids the sale's
     * commission as a full refund would; NULL: off (a cancellation only ends recurring commissions).
     */
    cancelVoidsWithinDays: integer(),
    /** Attribution window: how many days after a click a conversion still credits it. */
    cookieDays: integer().notNull().default(30),
    /** Which click wins when several are in the window: last_click or first_click. */
    attributionRule: text({ enum: AttributionRule }).notNull().default('last_click'),
    /**
     * Query parameter under which a redirect from the tracking host hands the click id to the
     * landing page, when the landing URL places no {click_id} of its own.
     */
    clickIdParam: text().notNull().default('aff_click'),
    /**
     * Query parameters that carry a ref code on a link straight to the advertiser's site
     * (`?via=alice`), for client-side click tracking: ours, `ref`, and other products' names.
     */
    referralParams: text().array().notNull().default(['ref']),
    /**
     * What the referred customer gets (domain's DiscountTerms, as the API's zod schema accepted it:
     * percent in basis points or an amount in minor units with its currency; once, N months or
     * forever); NULL: no discount. A partner group may replace it for its members.
     */
    discount: jsonb().$type<object>(),
    /**
     * Whether a redirect adds the affiliate's discount code to the landing URL (`aff_discount=`), so
     * the snippet or the SDK keeps it and the checkout applies it without typing.
     */
    discountInLink: boolean().notNull().default(false),
    /**
     * The program's leaderboard, opt-in: what it ranks the active affiliates by and over which UTC days
     * (docs/leaderboards.md); NULL: none, and affiliates are shown nothing of one another.
     */
    leaderboard: jsonb().$type<{ metric: LeaderboardMetric; period: LeaderboardPeriod }>(),
    /** Default landing page; may contain click macros such as {click_id}. */
    landingUrl: text().notNull(),
    /** Further landing pages affiliates may link to. */
    landingUrls: text().array().notNull().default([]),
    /** Hostnames a redirect may target, so the tracker is never an open redirect. */
    allowedDomains: text().array().notNull().default([]),
    /** Where refused clicks are sent, if on the allowed domains; NULL: the platform's default page. */
    fallbackUrl: text(),
    /** ISO country codes clicks may come from; empty allows every country not denied. */
    geoAllow: text().array().notNull().default([]),
    /** ISO country codes whose clicks are refused. */
    geoDeny: text().array().notNull().default([]),
    /** Accepted clicks allowed per UTC day; NULL: unlimited. */
    capClicksDaily: integer(),
    /** Accepted clicks allowed in total; NULL: unlimited. */
    capClicksTotal: integer(),
    /** Conversions allowed per UTC day; NULL: unlimited. */
    capConversionsDaily: integer(),
    /** Conversions allowed in total; NULL: unlimited. */
    capConversionsTotal: integer(),
    /**
     * The program's own payout minimum, in minor units of the program's currency: raises the
     * platform minimum of that currency (never lowers it); NULL: the platform minimum alone.
     */
    payoutMinMinor: bigint({ mode: 'number' }),
    /** Fraud threshold: conversions from one IP within an hour beyond this are flagged for review. */
    fraudMaxConversionsPerIpHour: integer().notNull().default(10),
    /** Fraud threshold: a conversion sooner than this after its click is flagged for review. */
    fraudMinSecondsAfterClick: integer().notNull().default(10),
    /** SHA-256 of the S2S `/postback` secret: compared, never shown again (rotate to replace). */
    postbackSecretHash: text(),
    /** When non-empty, `/postback` calls for this program are accepted only from these IPs. */
    postbackAllowedIps: text().array().notNull().default([]),
    /** Bumped by every update, and recorded on each commission computed from these terms. */
    version: integer().notNull().default(1),
    /** Instructions shown to affiliates once enrolled. */
    onboardingBrief: text(),
    /** The advertiser's goals for the program, shown to enrolled affiliates. */
    goals: text(),
    /**
     * The onboarding path affiliates follow to a first sale, in order (domain's OnboardingStep[]: built-in
     * steps and the advertiser's own); NULL: the default path (docs/engagement.md).
     */
    onboardingPath: jsonb().$type<object[]>(),
    /** What the app is about, for the marketplace's filter; NULL: not set. */
    category: text({ enum: ProgramCategory }),
    /** Languages the advertiser works with affiliates in, for the marketplace's filter. */
    languages: text({ enum: Locale }).array().notNull().default(['en']),
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
    checkIn('programs_category_check', t.category, ProgramCategory),
    checkAllIn('programs_languages_check', t.languages, Locale),
    check('programs_languages_present_check', sql`cardinality(${t.languages}) >= 1`),
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
    // A CPC program's rate per click is its fixed commission.
    check('programs_cpc_shape_check', sql`${t.payoutModel} <> 'cpc' OR ${t.commissionType} = 'fixed'`),
    check('programs_recurring_months_check', sql`${t.recurringMode} <> 'months' OR ${t.recurringMonths} > 0`),
    check(
      'programs_amounts_check',
      sql`${t.commissionFixedMinor} >= 0 AND ${t.revenueMinor} >= 0 AND ${t.payoutMinMinor} >= 0`,
    ),
    check('programs_click_id_param_check', sql`${t.clickIdParam} ~ '^[A-Za-z0-9_-]{1,40}$'`),
    // A CHECK cannot look inside an array element by element: the joined names match one pattern.
    check(
      'programs_referral_params_check',
      sql`array_to_string(${t.referralParams}, ',') ~ '^[A-Za-z0-9_-]{1,40}(,[A-Za-z0-9_-]{1,40}){0,7}$'`,
    ),
    check('programs_discount_check', sql`jsonb_typeof(${t.discount}) = 'object'`),
    check('programs_onboarding_path_check', sql`jsonb_typeof(${t.onboardingPath}) = 'array'`),
    check(
      'programs_leaderboard_check',
      sql`${t.leaderboard}->>'metric' IN (${literalList(LeaderboardMetric)}) AND ${t.leaderboard}->>'period' IN (${literalList(LeaderboardPeriod)})`,
    ),
    check('programs_days_check', sql`${t.holdDays} >= 0 AND ${t.cookieDays} >= 0`),
    check('programs_cancel_voids_within_days_check', sql`${t.cancelVoidsWithinDays} > 0`),
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
