import { and, eq, sql } from 'drizzle-orm';
import { payoutItems } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { enqueueNotifications } from '../../../notifications';
import { refreshConversionStats } from '../../../stats';
import { payoutNotification } from '../../payout-notification';
import { releaseItemLines } from '../../release-item-lines';

/** Only a pending item Tremendous holds no order for can fail here: an order's result comes from Tremendous. */
const withoutOrder = (id: string) =>
  sql`SELECT i.id FROM affiliate.payout_items i WHERE i.id = ${id} AND i.status = 'pending'
      AND NOT EXISTS (SELECT 1 FROM affiliate.tremendous_orders o WHERE o.payout_item_id = i.id)`;

/**
 * Tremendous refused an item's order outright (a 4xx: no gift card for the country, the funding source
 * short, a currency it does not sell): no money moved, so the item fails and its lines return to the
 * balance in one transaction. A second call changes nothing.
 */
export async function failTremendousItem({
  ctx,
  input,
}: ServiceCall<{ payoutItemId: string; reason: string; code: string | null }>): Promise<boolean> {
  const failed = await inTransaction(ctx, async (tx) => {
    const released = await releaseItemLines({
      ctx: tx,
      input: { items: withoutOrder(input.payoutItemId), from: 'in_payout' },
    });
    const [item] = await tx.db
      .update(payoutItems)
      .set({
        status: 'failed',
        failureReason: `Tremendous refused the gift card: ${input.reason}`.slice(0, 1000),
        failureCode: input.code?.slice(0, 100) ?? null,
        updatedAt: ctx.now,
      })
      .where(
        and(eq(payoutItems.id, input.payoutItemId), sql`${payoutItems.id} IN (${withoutOrder(input.payoutItemId)})`),
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
