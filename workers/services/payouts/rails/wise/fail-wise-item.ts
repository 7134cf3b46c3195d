import { and, eq, sql } from 'drizzle-orm';
import { payoutItems } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { enqueueNotifications } from '../../../notifications';
import { refreshConversionStats } from '../../../stats';
import { payoutNotification } from '../../payout-notification';
import { releaseItemLines } from '../../release-item-lines';

/** Only a pending item Wise holds no transfer for can fail here: a transfer's result comes from Wise. */
const withoutTransfer = (id: string) =>
  sql`SELECT i.id FROM affiliate.payout_items i WHERE i.id = ${id} AND i.status = 'pending'
      AND NOT EXISTS (SELECT 1 FROM affiliate.wise_transfers w WHERE w.payout_item_id = i.id)`;

/**
 * Wise refused an item outright (a 4xx on the quote or the transfer: a route it does not pay, a recipient it
 * closed): no transfer exists and no money moved, so the item fails and its lines return to the balance in one
 * transaction. A second call changes nothing.
 */
export async function failWiseItem({
  ctx,
  input,
}: ServiceCall<{ payoutItemId: string; reason: string; code: string | null }>): Promise<boolean> {
  const failed = await inTransaction(ctx, async (tx) => {
    const released = await releaseItemLines({
      ctx: tx,
      input: { items: withoutTransfer(input.payoutItemId), from: 'in_payout' },
    });
    const [item] = await tx.db
      .update(payoutItems)
      .set({
        status: 'failed',
        failureReason: `Wise refused the transfer: ${input.reason}`.slice(0, 1000),
        failureCode: input.code?.slice(0, 100) ?? null,
        updatedAt: ctx.now,
      })
      .where(
        and(eq(payoutItems.id, input.payoutItemId), sql`${payoutItems.id} IN (${withoutTransfer(input.payoutItemId)})`),
      )
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
