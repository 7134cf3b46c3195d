import { eq, inArray } from 'drizzle-orm';
import { payoutBatchParts, payoutItems } from '../../../schema';
import type { ServiceCall } from '../../context';
import { enqueueNotifications, type NotificationRequest } from '../notifications';
import { completePayoutBatch } from './complete-payout-batch';
import type { SentPart } from './rails/rail';

/**
 * The end of an item-by-item rail's poll: the part is marked polled, the batch completes when its
 * items have, the affiliates are told, and the count of items the poll settled is returned.
 */
export async function finishPartPoll({
  ctx,
  input,
}: ServiceCall<{ part: SentPart; polledItemIds: string[]; notifications: NotificationRequest[] }>): Promise<number> {
  const { part, polledItemIds, notifications } = input;
  await ctx.db
    .update(payoutBatchParts)
    .set({ lastPolledAt: ctx.now, updatedAt: ctx.now })
    .where(eq(payoutBatchParts.id, part.id));
  await completePayoutBatch({ ctx, input: { batchId: part.batchId } });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  if (polledItemIds.length === 0) return 0;
  const now = await ctx.db
    .select({ status: payoutItems.status })
    .from(payoutItems)
    .where(inArray(payoutItems.id, polledItemIds));
  return now.filter((i) => i.status !== 'pending').length;
}
