import type { CommissionStatus } from '../../schema/enums';
import { ConflictError } from '../errors/app-error';

/**
 * A commission line (or adjustment) waits pending through its hold, is approved when the hold is
 * over, goes in_payout when a proposal links it to a payout item and paid when PayPal pays that
 * item. A returned, excluded or canceled item gives its in_payout lines back (approved); a payment
 * taken back after success does the same with paid lines. A pending or approved line whose payment
 * is disputed (a chargeback) is held as disputed, out of payouts, until the dispute is won (back to
 * pending or approved) or lost (reversed). Only unpaid lines are voided (rejected or reversed);
 * paid-out ones get a negative adjustment instead. Rejected and reversed are final.
 */
export const COMMISSION_TRANSITIONS: Readonly<Record<CommissionStatus, readonly CommissionStatus[]>> = {
  pending: ['approved', 'disputed', 'rejected', 'reversed'],
  approved: ['in_payout', 'disputed', 'rejected', 'reversed'],
  disputed: ['pending', 'approved', 'rejected', 'reversed'],
  in_payout: ['paid', 'approved'],
  paid: ['approved'],
  rejected: [],
  reversed: [],
};

export function canChangeCommissionStatus(from: CommissionStatus, to: CommissionStatus): boolean {
  return COMMISSION_TRANSITIONS[from].includes(to);
}

/** Throws a conflict (`refusal`, or a generic message) unless `from → to` is in the table. */
export function assertCommissionTransition(from: CommissionStatus, to: CommissionStatus, refusal?: string): void {
  if (!canChangeCommissionStatus(from, to))
    throw new ConflictError(refusal ?? `A commission that is ${from} cannot become ${to}`);
}

/** Not in any payout yet: the money never left, so the line can still be voided. */
export const UNPAID_COMMISSION_STATUSES = [
  'pending',
  'approved',
  'disputed',
] as const satisfies readonly CommissionStatus[];
export type UnpaidCommissionStatus = (typeof UNPAID_COMMISSION_STATUSES)[number];

/** In a payout or paid: the money left (or is leaving), so a reversal books an adjustment. */
export const PAID_OUT_COMMISSION_STATUSES = ['in_payout', 'paid'] as const satisfies readonly CommissionStatus[];

/** Lines that count towards a balance; rejected and reversed ones never reach the affiliate. */
export const LIVE_COMMISSION_STATUSES = [
  ...UNPAID_COMMISSION_STATUSES,
  ...PAID_OUT_COMMISSION_STATUSES,
] as const satisfies readonly CommissionStatus[];

/** Voided before payout; the line never reaches the affiliate. */
export const VOID_COMMISSION_STATUSES = ['rejected', 'reversed'] as const satisfies readonly CommissionStatus[];

export function isCommissionUnpaid(status: CommissionStatus): status is UnpaidCommissionStatus {
  return (UNPAID_COMMISSION_STATUSES as readonly CommissionStatus[]).includes(status);
}

export function isCommissionPaidOut(status: CommissionStatus): boolean {
  return (PAID_OUT_COMMISSION_STATUSES as readonly CommissionStatus[]).includes(status);
}

/** Lines a dispute may hold: unpaid and not already held. */
export const DISPUTABLE_COMMISSION_STATUSES = ['pending', 'approved'] as const satisfies readonly CommissionStatus[];

/**
 * Where a held line goes when its dispute is won: approved if it had been approved (the hold
 * release stamps approved_at), else pending, which the hold release approves once its hold is over.
 */
export function statusAfterDispute(line: { approvedAt: Date | null }): 'pending' | 'approved' {
  return line.approvedAt ? 'approved' : 'pending';
}
