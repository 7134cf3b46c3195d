import type { ClickMessage } from '../contracts/click-message';
import { hostAllowed, parseTarget } from './safe-redirect';

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
  allowedDomains: string[];
}

export type ClickVerdict =
  | { status: 'accepted'; rejectReason: null }
  | { status: 'rejected'; rejectReason: NonNullable<ClickMessage['rejectReason']> };

/**
 * The edge judged every click it could resolve, and its verdict stands (it is why the browser
 * went where it went). Only a form-1 click on a partner site whose code the edge did not know yet
 * (KV lags behind a new enrollment) got a provisional cookie and stayed on the page; it is judged
 * here, against Postgres, including the check the edge could not make: that the partner site is
 * one of the program's domains. Other unknown clicks were sent to a fallback and stay unknown.
 */
export function decideClickStatus(message: ClickMessage, code: ResolvedCode | undefined): ClickVerdict {
  if (message.rejectReason && message.rejectReason !== 'unknown_code')
    return { status: 'rejected', rejectReason: message.rejectReason };
  if (message.enrollmentId && !message.rejectReason) return { status: 'accepted', rejectReason: null };
  if (!code || message.form !== 'aff_path') return { status: 'rejected', rejectReason: 'unknown_code' };
  if (code.programStatus !== 'active') return { status: 'rejected', rejectReason: 'inactive_program' };
  if (code.enrollmentStatus !== 'active') return { status: 'rejected', rejectReason: 'inactive_enrollment' };
  const page = parseTarget(message.landingUrl);
  if (!page || !hostAllowed(page.hostname, code.allowedDomains))
    return { status: 'rejected', rejectReason: 'invalid_target' };
  return { status: 'accepted', rejectReason: null };
}
