import { ITEM_EVENT_TYPES, outcomeFor } from './outcomes';
import { renderBatchHeader, renderItem, batchLink } from './render';
import { type Account, later, paypalId, type PayoutBatch, type PayPalServerOptions, type ServerState } from './state';
import { emitEvent, type Signer } from './webhooks';

export const DEFAULT_PROCESSING_DELAY_MS = 2_000;

/**
 * Moves a new batch along as PayPal does, on timers: PENDING → PROCESSING halfway through the
 * delay, then every item PENDING → its final status (by receiver address) and the batch → SUCCESS,
 * with a webhook for each step.
 */
export function scheduleProcessing(
  state: ServerState,
  opts: PayPalServerOptions,
  signer: Signer,
  account: Account,
  batch: PayoutBatch,
): void {
  const delay = opts.processingDelayMs ?? DEFAULT_PROCESSING_DELAY_MS;
  const batchEvent = (eventType: string, summary: string) =>
    emitEvent(state, account, signer, {
      eventType,
      resourceType: 'payouts',
      summary,
      resource: { batch_header: renderBatchHeader(batch), links: [batchLink(signer.origin(), batch)] },
      payoutBatchId: batch.payoutBatchId,
      senderBatchId: batch.senderBatchId,
    });

  later(state, Math.floor(delay / 2), () => {
    // A denied batch is never processed: its items keep no result (see /__control/deny).
    if (batch.senderBatchId !== undefined && state.deniedSenderBatchIds.has(batch.senderBatchId)) {
      batch.status = 'DENIED';
      batchEvent('PAYMENT.PAYOUTSBATCH.DENIED', 'Payouts batch was denied');
      return;
    }
    batch.status = 'PROCESSING';
    batchEvent('PAYMENT.PAYOUTSBATCH.PROCESSING', 'Payouts batch is being processed');
    later(state, Math.ceil(delay / 2), () => {
      const now = new Date().toISOString();
      for (const item of batch.items) {
        const outcome = outcomeFor(item.receiver);
        item.status = outcome.status;
        item.transactionId = outcome.hasTransaction ? paypalId(17) : null;
        item.errors = outcome.errors;
        item.timeProcessed = now;
        const eventType = ITEM_EVENT_TYPES[item.status];
        if (eventType) {
          emitEvent(state, account, signer, {
            eventType,
            resourceType: 'payouts_item',
            summary: `A payout item has reached ${item.status}`,
            resource: { ...renderItem(item, signer.origin()), sender_batch_id: batch.senderBatchId },
            payoutBatchId: batch.payoutBatchId,
            senderBatchId: batch.senderBatchId,
          });
        }
      }
      batch.status = 'SUCCESS';
      batch.timeCompleted = now;
      batchEvent('PAYMENT.PAYOUTSBATCH.SUCCESS', 'Payouts batch completed successfully');
    });
  });
}
