import { sql } from 'drizzle-orm';
import { check, uuid } from 'drizzle-orm/pg-core';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { currency, money, timestamps } from './util/columns';

/**
 * The platform's payout minimum per currency, in that currency's minor units (ISO 4217 exponent):
 * one row per currency PayPal Payouts pays out. Lines in a currency without a row are never
 * proposed. Seeded by a migration; platform staff edit it.
 */
export const payoutMinimums = affiliate.table(
  'payout_minimums',
  {
    /** ISO 4217 code, upper case. */
    currency: currency().primaryKey(),
    /** The least an affiliate's net must reach to be paid, in minor units of the currency. */
    minMinor: money(),
    /** The staff member who last changed it; NULL: the seed. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    check('payout_minimums_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('payout_minimums_min_minor_check', sql`${t.minMinor} >= 0`),
  ],
);

export type PayoutMinimum = typeof payoutMinimums.$inferSelect;
