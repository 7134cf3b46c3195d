import { inArray } from 'drizzle-orm';
import { payoutMinimums } from '../../../schema';
import type { ServiceCall } from '../../context';

/**
 * The platform payout minimum of each currency asked for, in its minor units. A currency missing
 * from the map has no row: PayPal Payouts does not pay it out (or staff have not added it yet).
 */
export async function platformMinimums({
  ctx,
  input,
}: ServiceCall<{ currencies: readonly string[] }>): Promise<Map<string, number>> {
  const { db } = ctx;
  const { currencies } = input;
  if (currencies.length === 0) return new Map();
  const rows = await db
    .select({ currency: payoutMinimums.currency, minMinor: payoutMinimums.minMinor })
    .from(payoutMinimums)
    .where(inArray(payoutMinimums.currency, [...new Set(currencies)]));
  return new Map(rows.map((r) => [r.currency, r.minMinor]));
}
