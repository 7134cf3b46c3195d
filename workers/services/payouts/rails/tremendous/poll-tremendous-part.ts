import { and, eq } from 'drizzle-orm';
import { payoutItems, tremendousOrders } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import type { NotificationRequest } from '../../../notifications';
import { finishPartPoll } from '../../finish-part-poll';
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
  return finishPartPoll({
    ctx,
    input: { part, polledItemIds: open.map((i) => i.id), notifications },
  });
}
