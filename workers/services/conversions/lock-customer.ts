import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * Settles one customer's conversions one at a time (until the transaction ends). Without it a sale
 * and the checkout that binds its customer, delivered at once, could each miss the other's write:
 * the sale finds no referral yet, and the binding finds no sale yet.
 */
export async function lockCustomer({
  ctx,
  input,
}: ServiceCall<{ appId: string; externalCustomerId: string | null }>): Promise<void> {
  const { appId, externalCustomerId } = input;
  if (!externalCustomerId) return;
  await ctx.db.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`customer:${appId}:${externalCustomerId}`}, 0))`,
  );
}
