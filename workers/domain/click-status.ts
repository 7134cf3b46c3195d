import type { ClickMessage } from '../tracker/click-message';

/** What Postgres knows about a code the edge could not resolve from KV. */
export interface ResolvedCode {
  enrollmentId: string;
  enrollmentStatus: string;
  programId: string;
  programStatus: string;
  organizationId: string;
  appId: string;
  affiliateId: string;
  linkId: string | null;
}

export type ClickVerdict =
  | { status: 'accepted'; rejectReason: null }
  | { status: 'rejected'; rejectReason: NonNullable<ClickMessage['rejectReason']> };

/**
 * The edge judged every click it could resolve, and its verdict stands (it is why the browser
 * went where it went). Only a click the edge could not resolve (KV lags behind a new enrollment)
 * is judged here, against Postgres.
 */
export function decideClickStatus(message: ClickMessage, code: ResolvedCode | undefined): ClickVerdict {
  if (message.rejectReason && message.rejectReason !== 'unknown_code') return { status: 'rejected', rejectReason: message.rejectReason };
  if (message.enrollmentId && !message.rejectReason) return { status: 'accepted', rejectReason: null };
  if (!code) return { status: 'rejected', rejectReason: 'unknown_code' };
  if (code.programStatus !== 'active') return { status: 'rejected', rejectReason: 'inactive_program' };
  if (code.enrollmentStatus !== 'active') return { status: 'rejected', rejectReason: 'inactive_enrollment' };
  return { status: 'accepted', rejectReason: null };
}
