import { eq } from 'drizzle-orm';
import { payoutBatches, payoutBatchParts, payoutItems } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { PayPalEventOutcome } from '../../integrations/paypal/paypal-events';

// Our item ids are UUIDs; anything else in sender_item_id was not sent by us.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The organization whose payout a webhook event is about (by our item id, or PayPal's batch id of
 * one of our parts); null when it names nothing of ours, so acting on it would change nothing.
 */
export async function webhookEventOwner({
  ctx,
  input,
}: ServiceCall<{ event: PayPalEventOutcome }>): Promise<string | null> {
  const { event } = input;
  if (event.kind === 'item') {
    if (!event.senderItemId || !UUID.test(event.senderItemId)) return null;
    const [row] = await ctx.db
      .select({ organizationId: payoutItems.organizationId })
      .from(payoutItems)
      .where(eq(payoutItems.id, event.senderItemId));
    return row?.organizationId ?? null;
  }
  if (event.kind === 'batch') {
    const [row] = await ctx.db
      .select({ organizationId: payoutBatches.organizationId })
      .from(payoutBatchParts)
      .innerJoin(payoutBatches, eq(payoutBatches.id, payoutBatchParts.batchId))
      .where(eq(payoutBatchParts.paypalBatchId, event.payoutBatchId));
    return row?.organizationId ?? null;
  }
  return null;
}
