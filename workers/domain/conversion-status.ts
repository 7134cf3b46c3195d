import type { ConversionStatus } from '../../schema/enums';
import { ConflictError } from '../errors/app-error';

/**
 * A conversion is settled as pending (or flagged by the fraud rules, or rejected at a cap); a
 * reviewer approves a flagged one or rejects any not yet void; a refund or cancellation that takes
 * all of its commissions reverses it. A rejected conversion whose paid-out lines are then fully
 * refunded is recorded as reversed too. Reversed is final.
 */
export const CONVERSION_TRANSITIONS: Readonly<Record<ConversionStatus, readonly ConversionStatus[]>> = {
  pending: ['flagged', 'rejected', 'reversed'],
  flagged: ['approved', 'rejected', 'reversed'],
  approved: ['rejected', 'reversed'],
  rejected: ['reversed'],
  reversed: [],
};

export function canChangeConversionStatus(from: ConversionStatus, to: ConversionStatus): boolean {
  return CONVERSION_TRANSITIONS[from].includes(to);
}

/** Throws a conflict (`refusal`, or a generic message) unless `from → to` is in the table. */
export function assertConversionTransition(from: ConversionStatus, to: ConversionStatus, refusal?: string): void {
  if (!canChangeConversionStatus(from, to))
    throw new ConflictError(refusal ?? `A conversion that is ${from} cannot become ${to}`);
}

/** Voided by a decision or a refund: never counted against a cap, never earning again. */
export const VOID_CONVERSION_STATUSES = ['rejected', 'reversed'] as const satisfies readonly ConversionStatus[];

/** The hold release leaves their commission lines alone: under review, or voided. */
export const HELD_CONVERSION_STATUSES = [
  'flagged',
  ...VOID_CONVERSION_STATUSES,
] as const satisfies readonly ConversionStatus[];

export function isConversionVoid(status: ConversionStatus): boolean {
  return (VOID_CONVERSION_STATUSES as readonly ConversionStatus[]).includes(status);
}

/** Flagged by the fraud rules and waiting for a reviewer; the affiliate hears nothing yet. */
export function isConversionUnderReview(status: ConversionStatus): boolean {
  return status === 'flagged';
}

export function isConversionRejected(status: ConversionStatus): boolean {
  return status === 'rejected';
}

/** Only a pending conversion is still open to attribution (a retry, or the sweep). */
export function isConversionPending(status: ConversionStatus): boolean {
  return status === 'pending';
}
