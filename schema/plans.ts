import { sql } from 'drizzle-orm';
import { bigint, boolean, check, integer, text, unique } from 'drizzle-orm/pg-core';
import { PlanCode } from './enums';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { currency, id, money, timestamps } from './util/columns';

// SaaS plans for advertisers. A NULL limit means unlimited (Enterprise).
export const plans = affiliate.table(
  'plans',
  {
    id: id(),
    code: text({ enum: PlanCode }).notNull(),
    name: text().notNull(),
    monthlyPriceMinor: money(),
    // Priced on its own (yearly is 20% below twelve months) so a price change never depends on a formula.
    yearlyPriceMinor: money(),
    currency: currency(),
    maxClicksMonthly: bigint({ mode: 'number' }),
    maxPrograms: integer(),
    maxAffiliates: integer(),
    whiteLabel: boolean().notNull().default(false),
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
