import { sql } from 'drizzle-orm';
import { bigint, boolean, check, integer, text, unique } from 'drizzle-orm/pg-core';
import { PlanCode } from './enums';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { currency, id, money, timestamps } from './util/columns';

/** The SaaS plans an advertiser subscribes to, with their prices and limits. A NULL limit means unlimited. */
export const plans = affiliate.table(
  'plans',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** Stable plan identifier: starter, pro, business or enterprise. */
    code: text({ enum: PlanCode }).notNull(),
    /** Display name. */
    name: text().notNull(),
    /** Price per month when billed monthly, in minor units. */
    monthlyPriceMinor: money(),
    /**
     * Price per year when billed yearly, in minor units; set on its own, not derived from the
     * monthly price, so a price change never depends on a formula.
     */
    yearlyPriceMinor: money(),
    /** ISO 4217 currency of both prices. */
    currency: currency(),
    /** Tracked clicks allowed per month; NULL: unlimited. */
    maxClicksMonthly: bigint({ mode: 'number' }),
    /** Programs that are not archived an advertiser may have; NULL: unlimited. */
    maxPrograms: integer(),
    /** Affiliates an advertiser may have; NULL: unlimited. */
    maxAffiliates: integer(),
    /** Whether the plan includes the white-label portal (branding). */
    whiteLabel: boolean().notNull().default(false),
    /** Custom domains the plan includes. */
    customDomains: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    unique('plans_code_unique').on(t.code),
    checkIn('plans_code_check', t.code, PlanCode),
    check('plans_prices_check', sql`${t.monthlyPriceMinor} >= 0 AND ${t.yearlyPriceMinor} >= 0`),
    check('plans_custom_domains_check', sql`${t.customDomains} >= 0`),
  ],
);

export type Plan = typeof plans.$inferSelect;
