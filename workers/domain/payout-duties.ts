/**
 * Who may approve and send a payout batch. Always: whoever proposed a batch (or extended it by
 * hand) does not approve it. With the organization's four-eyes setting on, the sender is a third
 * person: neither the proposer nor the approver. A batch the cron proposed has no proposer.
 */
export type DutyRefusal = 'approver_is_proposer' | 'sender_is_proposer' | 'sender_is_approver';

export interface BatchPeople {
  proposerId: string | null;
  approverId: string | null;
}

/** Why this person may not approve the batch, or null. */
export function approvalRefusal(batch: BatchPeople, approverId: string): DutyRefusal | null {
  return batch.proposerId !== null && batch.proposerId === approverId ? 'approver_is_proposer' : null;
}

/** Why this person may not send the batch, or null. */
export function sendRefusal(batch: BatchPeople, senderId: string, fourEyes: boolean): DutyRefusal | null {
  if (!fourEyes) return null;
  if (batch.proposerId !== null && batch.proposerId === senderId) return 'sender_is_proposer';
  if (batch.approverId !== null && batch.approverId === senderId) return 'sender_is_approver';
  return null;
}

export const DUTY_MESSAGES: Record<DutyRefusal, string> = {
  approver_is_proposer: 'Whoever proposed a payout batch cannot also approve it',
  sender_is_proposer: 'Four eyes on payouts: whoever proposed this batch cannot also send it',
  sender_is_approver: 'Four eyes on payouts: whoever approved this batch cannot also send it',
};
