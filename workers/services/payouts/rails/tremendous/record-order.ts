import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../../../context';
import type { NotificationRequest } from '../../../notifications';
import { settleItemResult } from '../../settle-item-result';
import { orderItemStatus, tremendousResult } from './order-status';
import type { TremendousOrder } from '../../../../integrations/tremendous';

/**
 * Inside the caller's transaction: records the item's order (once; later reads update its statuses)
 * and settles the item by the order's status through the one transition table.
 */
export async function recordTremendousOrder({
  ctx,
  input,
}: ServiceCall<{ payoutItemId: string; order: TremendousOrder; completion?: boolean }>): Promise<
  NotificationRequest[]
> {
  const { payoutItemId, order } = input;
  const reward = order.rewards?.[0];
  await ctx.db.execute(sql`
    INSERT INTO affiliate.tremendous_orders (payout_item_id, order_id, reward_id, order_status, delivery_status, created_at, updated_at)
    VALUES (${payoutItemId}, ${order.id}, ${reward?.id ?? null}, ${order.status}, ${reward?.delivery?.status ?? null}, ${ctx.now}, ${ctx.now})
    ON CONFLICT (payout_item_id) DO UPDATE SET order_status = excluded.order_status,
      reward_id = coalesce(excluded.reward_id, tremendous_orders.reward_id),
      delivery_status = coalesce(excluded.delivery_status, tremendous_orders.delivery_status), updated_at = excluded.updated_at`);
  const status = orderItemStatus(order.status);
  const result = await settleItemResult({
    ctx,
    input: {
      ...tremendousResult(
        payoutItemId,
        status,
        status === 'SUCCESS' || status === 'PENDING' ? null : `Tremendous order ${order.status}`,
      ),
      completion: input.completion ?? true,
    },
  });
  return result.notifications;
}
