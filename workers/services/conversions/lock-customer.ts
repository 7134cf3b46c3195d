import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';

/**
 * Settles one customer's conversions one at a time (until the transaction ends). Without it a sale
 * and the checkout that binds its customer, delivered at once, could each miss the other's write:
 * the sale finds no referral yet, and the binding finds no sale yet.
 */
export async function lockCustomer(db: Executor, appId: string, externalCustomerId: string | null): Promise<void> {
  if (!externalCustomerId) return;
  await db.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`customer:${appId}:${externalCustomerId}`}, 0))`,
  );
}
