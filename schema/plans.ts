import { sql } from 'drizzle-orm';
import { bigint, boolean, check, integer, text, unique } from 'drizzle-orm/pg-core';
import { affiliate } from './pg-schemas';
import { currency, id, money, timestamps, timestamptz } from './util/columns';

/**
 * The SaaS plans an advertiser subscribes to, with their prices and limits. A NULL limit means
 * unlimited. The platform owner edits them; four are seeded (starter, pro, business, enterprise).
 */
export const plans = affiliate.table(
  'plans',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** Stable plan identifier, a lower-case slug (the seeded ones: starter, pro, business, enterprise). */
    code: text().notNull(),
    /** Display name. */
    name: text().notNull(),
    /** Price per month when billed monthly, in minor units. */
    monthlyPriceMinor: money(),
    /**
     * Price per year when billed yearly, in minor units; stored on its own (by default twelve months
     * less 20 %, rounded down), so a price change never depends on a formula.
     */
    yearlyPriceMinor: money(),
    /** ISO 4217 currency of both prices. */
    currency: currency(),
    /** Tracked clicks allowed per calendar month (UTC); NULL: unlimited. */
    maxClicksMonthly: bigint({ mode: 'number' }),
    /** Programs that are not archived an advertiser may have; NULL: unlimited. */
    maxPrograms: integer(),
    /** Distinct affiliates with an active enrollment an advertiser may have; NULL: unlimited. */
    maxAffiliates: integer(),
    /** Whether the plan includes the white-label portal (branding). */
    whiteLabel: boolean().notNull().default(false),
    /** Campaigns sent, scheduled or switched on per calendar month (UTC); NULL: unlimited. */
    maxCampaignSendsMonthly: integer(),
    /** Custom domains the plan includes; NULL: unlimited. */
    customDomains: integer().default(0),
    /** Affiliates' branded editions (not deleted) the advertiser's apps may have; NULL: unlimited. */
    maxEditions: integer(),
    /** When the plan stopped being offered; its subscribers keep it. NULL: offered. */
    archivedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    unique('plans_code_unique').on(t.code),
    check('plans_code_slug_check', sql`${t.code} ~ '^[a-z0-9][a-z0-9-]{0,39}$'`),
    check('plans_prices_check', sql`${t.monthlyPriceMinor} >= 0 AND ${t.yearlyPriceMinor} >= 0`),
    check('plans_custom_domains_check', sql`${t.customDomains} >= 0`),
    check(
      'plans_limits_check',
      sql`${t.maxClicksMonthly} >= 0 AND ${t.maxPrograms} >= 0 AND ${t.maxAffiliates} >= 0 AND ${t.maxCampaignSendsMonthly} >= 0 AND ${t.maxEditions} >= 0`,
    ),
  ],
);

export type Plan = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;
