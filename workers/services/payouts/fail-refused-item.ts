import { and, eq, type SQL, sql } from 'drizzle-orm';
import { payoutItems } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { enqueueNotifications } from '../notifications';
import { refreshConversionStats } from '../stats';
import { payoutNotification } from './payout-notification';
import { releaseItemLines } from './release-item-lines';

/**
 * A rail's provider refused an item outright (a 4xx before any money moved): the item fails and its
 * lines return to the balance in one transaction, then the affiliate is told. `unpaid` selects the
 * item's id only while it is pending and the rail holds nothing for it (no transfer, no order): what
 * the rail holds gets its result from the provider, never from here. A second call changes nothing.
 */
export async function failRefusedItem({
  ctx,
  input,
}: ServiceCall<{ payoutItemId: string; unpaid: SQL; failureReason: string; code: string | null }>): Promise<boolean> {
  const failed = await inTransaction(ctx, async (tx) => {
    const released = await releaseItemLines({ ctx: tx, input: { items: input.unpaid, from: 'in_payout' } });
    const [item] = await tx.db
      .update(payoutItems)
      .set({
        status: 'failed',
        failureReason: input.failureReason.slice(0, 1000),
        failureCode: input.code?.slice(0, 100) ?? null,
        updatedAt: ctx.now,
      })
      .where(and(eq(payoutItems.id, input.payoutItemId), sql`${payoutItems.id} IN (${input.unpaid})`))
      .returning();
    await refreshConversionStats({ ctx: tx, input: { commissionIds: released } });
    return item ?? null;
  });
  if (failed)
    await enqueueNotifications({
      ctx,
      input: { requests: [payoutNotification(failed, 'failed', { errorCode: input.code })] },
    });
  return failed !== null;
}
