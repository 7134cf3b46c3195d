import type { ClickMessage } from '../workers/contracts/click-message';
import { uuidv7 } from '../workers/contracts/ids';
import type { createTenant } from './tenant';

/** Whose click it is: the ids the tracker resolves a code to. */
export interface ClickOwner {
  refCode: string;
  organizationId: string;
  appId: string;
  programId: string;
  enrollmentId: string;
  affiliateId: string;
}

export const clickOwnerOf = (t: Awaited<ReturnType<typeof createTenant>>): ClickOwner => ({
  refCode: t.enrollment.refCode,
  organizationId: t.org.id,
  appId: t.app.id,
  programId: t.program.id,
  enrollmentId: t.enrollment.id,
  affiliateId: t.affiliate.id,
});

export const DESKTOP_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';

/** An accepted /aff click of the owner's enrollment as the tracker queues it; `overrides` change any field. */
export function clickMessageFor(owner: ClickOwner, overrides: Partial<ClickMessage> = {}): ClickMessage {
  const at = overrides.at ?? Date.now();
  return {
    v: 1,
    id: uuidv7(at),
    at,
    form: 'aff_path',
    code: owner.refCode,
    organizationId: owner.organizationId,
    appId: owner.appId,
    programId: owner.programId,
    enrollmentId: owner.enrollmentId,
    affiliateId: owner.affiliateId,
    linkId: null,
    landingUrl: 'https://app.example/',
    ip: '203.0.113.9',
    userAgent: DESKTOP_SAFARI,
    referrer: null,
    fingerprint: crypto.randomUUID().replaceAll('-', ''),
    country: null,
    region: null,
    city: null,
    asn: null,
    sub: [],
    rejectReason: null,
    isBot: false,
    ...overrides,
  };
}
