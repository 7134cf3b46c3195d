import type { PayoutBatchStatus } from '../../schema/enums';
import { ConflictError } from '../errors/app-error';

/**
 * A batch is proposed (and may still change), approved (frozen into parts), sending while its
 * parts go to PayPal, then sent if any part reached PayPal or failed if all were refused; a sent
 * batch completes once every item is final. Only a batch that never reached PayPal can be
 * canceled. Completed, failed and canceled are final.
 */
export const PAYOUT_BATCH_TRANSITIONS: Readonly<Record<PayoutBatchStatus, readonly PayoutBatchStatus[]>> = {
  proposed: ['approved', 'canceled'],
  approved: ['sending', 'canceled'],
  sending: ['sent', 'failed'],
  sent: ['completed'],
  completed: [],
  failed: [],
  canceled: [],
};

export function canChangePayoutBatchStatus(from: PayoutBatchStatus, to: PayoutBatchStatus): boolean {
  return PAYOUT_BATCH_TRANSITIONS[from].includes(to);
}

/** Throws a conflict (`refusal`, or a generic message) unless `from → to` is in the table. */
export function assertPayoutBatchTransition(from: PayoutBatchStatus, to: PayoutBatchStatus, refusal?: string): void {
  if (!canChangePayoutBatchStatus(from, to))
    throw new ConflictError(refusal ?? `A payout batch that is ${from} cannot become ${to}`);
}

/** Only a proposed batch takes or loses items; approval freezes it. */
export function isPayoutBatchEditable(status: PayoutBatchStatus): boolean {
  return status === 'proposed';
}

/** Its parts are sent (or re-sent with their own sender_batch_id) only while the batch is sending. */
export function isPayoutBatchSending(status: PayoutBatchStatus): boolean {
  return status === 'sending';
}

/** Batches that went to PayPal (or are going): only their items can have PayPal results. */
export const SENT_PAYOUT_BATCH_STATUSES = [
  'sending',
  'sent',
  'completed',
  'failed',
] as const satisfies readonly PayoutBatchStatus[];

export function hasPayoutBatchReachedPaypal(status: PayoutBatchStatus): boolean {
  return (SENT_PAYOUT_BATCH_STATUSES as readonly PayoutBatchStatus[]).includes(status);
}
