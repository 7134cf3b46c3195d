import { and, eq, inArray } from 'drizzle-orm';
import { payoutBatchParts, payoutItems, tremendousOrders } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import { completePayoutBatch } from '../../complete-payout-batch';
import type { SentPart } from '../rail';
import { recordTremendousOrder } from './record-order';
import { getOrder, type TremendousConfig } from '../../../../integrations/tremendous';

/**
 * One gift-card part: each order still pending (waiting for an approval in Tremendous, or a lost
 * webhook) is read back and settled by its status, the same step the send and the webhook take.
 */
export async function pollTremendousPart({
  ctx,
  input,
}: ServiceCall<{ cfg: TremendousConfig; part: SentPart }>): Promise<number> {
  const { cfg, part } = input;
  const open = await ctx.db
    .select({ id: payoutItems.id, orderId: tremendousOrders.orderId })
    .from(payoutItems)
    .innerJoin(tremendousOrders, eq(tremendousOrders.payoutItemId, payoutItems.id))
    .where(
      and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part), eq(payoutItems.status, 'pending')),
    );
  const notifications: NotificationRequest[] = [];
  for (const item of open) {
    const order = await getOrder(cfg, item.orderId);
    notifications.push(
      ...(await inTransaction(ctx, (tx) =>
        recordTremendousOrder({ ctx: tx, input: { payoutItemId: item.id, order, completion: false } }),
      )),
    );
  }
  await ctx.db
    .update(payoutBatchParts)
    .set({ lastPolledAt: ctx.now, updatedAt: ctx.now })
    .where(eq(payoutBatchParts.id, part.id));
  await completePayoutBatch({ ctx, input: { batchId: part.batchId } });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  if (open.length === 0) return 0;
  const now = await ctx.db
    .select({ status: payoutItems.status })
    .from(payoutItems)
    .where(
      inArray(
        payoutItems.id,
        open.map((i) => i.id),
      ),
    );
  return now.filter((i) => i.status !== 'pending').length;
}
