import type { ClickMessage } from '../tracker/click-message';

/** What Postgres knows about a referral code when the consumer writes the click. */
export interface ResolvedCode {
  enrollmentId: string;
  enrollmentStatus: string;
  programId: string;
  programStatus: string;
  organizationId: string;
  appId: string | null;
  affiliateId: string;
}

export type ClickVerdict =
  | { status: 'accepted'; rejectReason: null }
  | { status: 'rejected'; rejectReason: NonNullable<ClickMessage['rejectReason']> };

/**
 * A reason decided at the edge wins (it is why the browser went to the fallback); otherwise the
 * consumer judges the code against the current program and enrollment state.
 */
export function decideClickStatus(message: ClickMessage, code: ResolvedCode | undefined): ClickVerdict {
  if (message.rejectReason) return { status: 'rejected', rejectReason: message.rejectReason };
  if (!code) return { status: 'rejected', rejectReason: 'unknown_code' };
  if (code.programStatus !== 'active') return { status: 'rejected', rejectReason: 'inactive_program' };
  if (code.enrollmentStatus !== 'active') return { status: 'rejected', rejectReason: 'inactive_enrollment' };
  return { status: 'accepted', rejectReason: null };
}
