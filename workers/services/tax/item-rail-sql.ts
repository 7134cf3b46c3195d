import { sql } from 'drizzle-orm';

/**
 * The rail a payout item went out on, in SQL over `affiliate.payout_items i`. Every item is PayPal's
 * today; when Stripe Connect adds payout_items.rail this becomes `i.rail`, and the 1099 rule that
 * leaves rails out (schema/enums.ts PayoutRail) works unchanged.
 */
export const itemRailSql = sql`'paypal'::text`;
