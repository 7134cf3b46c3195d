import type { PayoutBatchStatus } from '../../schema/enums';

/**
 * Who may approve and send a payout batch. Always: whoever proposed a batch (or extended it by
 * hand) does not approve it, so every payout is seen by two people and a team of two can pay. The
 * organization's strict setting (`payoutFourEyes`) adds a third person: the sender is neither the
 * proposer nor the approver. A batch the cron proposed has no proposer, so anyone eligible approves it.
 */
export type DutyRefusal = 'approver_is_proposer' | 'sender_is_proposer' | 'sender_is_approver';

/** The roles that may propose, approve, send and cancel payouts (platform staff act too). */
export const PAYOUT_ROLES = ['owner', 'finance'] as const;

/** The strict rule needs this many people with a payout role. */
export const STRICT_RULE_PEOPLE = 3;

export interface BatchPeople {
  proposerId: string | null;
  approverId: string | null;
}

/** Why this person may not approve the batch, or null. */
export function approvalRefusal(batch: BatchPeople, approverId: string): DutyRefusal | null {
  return batch.proposerId !== null && batch.proposerId === approverId ? 'approver_is_proposer' : null;
}

/** Why this person may not send the batch, or null. Without the strict rule anyone eligible sends. */
export function sendRefusal(batch: BatchPeople, senderId: string, strict: boolean): DutyRefusal | null {
  if (!strict) return null;
  if (batch.proposerId !== null && batch.proposerId === senderId) return 'sender_is_proposer';
  if (batch.approverId !== null && batch.approverId === senderId) return 'sender_is_approver';
  return null;
}

export const DUTY_MESSAGES: Record<DutyRefusal, string> = {
  approver_is_proposer: 'Whoever proposed a payout batch cannot also approve it; another member approves it',
  sender_is_proposer: 'Three people for payouts: whoever proposed this batch cannot also send it',
  sender_is_approver: 'Three people for payouts: whoever approved this batch cannot also send it',
};

/** The strict rule can be switched on only when the team has three people who may pay. */
export function strictRuleSatisfiable(payoutMembers: number): boolean {
  return payoutMembers >= STRICT_RULE_PEOPLE;
}

export type BatchAction = 'approve' | 'send' | 'cancel' | 'exclude';

/** Why an action is not offered to this person: a duty rule, the batch's status, or their role. */
export type ActionBlock = DutyRefusal | 'status' | 'empty' | 'role' | 'read_only' | 'not_configured';

export interface ActionState {
  action: BatchAction;
  allowed: boolean;
  /** null when allowed. */
  reason: ActionBlock | null;
}

export interface BatchDutyInput extends BatchPeople {
  status: PayoutBatchStatus;
  itemCount: number;
  strict: boolean;
  /** Whether the organization can send at all (a PayPal account resolves). */
  payoutsConfigured: boolean;
}

export interface Caller {
  userId: string;
  /** owner/finance member or platform owner/admin: may act on payouts. */
  mayPay: boolean;
  /** Support staff: reads only. */
  readOnly: boolean;
}

export type NextStep = 'approve' | 'send' | 'wait_for_paypal' | 'none';

/** What the batch waits for next, whoever takes it. */
export function nextStep(status: PayoutBatchStatus, itemCount: number): NextStep {
  if (status === 'proposed') return itemCount > 0 ? 'approve' : 'none';
  if (status === 'approved') return 'send';
  if (status === 'sending' || status === 'sent') return 'wait_for_paypal';
  return 'none';
}

function statusAllows(action: BatchAction, batch: BatchDutyInput): ActionBlock | null {
  switch (action) {
    case 'approve':
      if (batch.status !== 'proposed') return 'status';
      return batch.itemCount === 0 ? 'empty' : null;
    case 'send':
      if (batch.status !== 'approved') return 'status';
      return batch.payoutsConfigured ? null : 'not_configured';
    case 'cancel':
      return batch.status === 'proposed' || batch.status === 'approved' ? null : 'status';
    case 'exclude':
      return batch.status === 'proposed' ? null : 'status';
  }
}

/** Whether this person may take this action on the batch now, and if not, the first reason why. */
export function actionState(action: BatchAction, batch: BatchDutyInput, caller: Caller): ActionState {
  const reason =
    statusAllows(action, batch) ??
    (caller.readOnly ? 'read_only' : null) ??
    (caller.mayPay ? null : 'role') ??
    (action === 'approve' ? approvalRefusal(batch, caller.userId) : null) ??
    (action === 'send' ? sendRefusal(batch, caller.userId, batch.strict) : null);
  return { action, allowed: reason === null, reason };
}

const ACTIONS: BatchAction[] = ['approve', 'send', 'cancel', 'exclude'];

/** Every action with its state for this caller: what the batch page offers and why not. */
export function batchActions(batch: BatchDutyInput, caller: Caller): ActionState[] {
  return ACTIONS.map((a) => actionState(a, batch, caller));
}

/** Of the organization's payout members, who may take the batch's next step. */
export function eligibleForNextStep<M extends { userId: string }>(batch: BatchDutyInput, members: M[]): M[] {
  const step = nextStep(batch.status, batch.itemCount);
  if (step !== 'approve' && step !== 'send') return [];
  return members.filter(
    (m) => actionState(step, batch, { userId: m.userId, mayPay: true, readOnly: false }).reason === null,
  );
}
