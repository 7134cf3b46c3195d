import { describe, expect, test } from 'vitest';
import type { ClickMessage } from '../contracts/click-message';
import { decideClickStatus, type ResolvedCode } from './click-status';

const code: ResolvedCode = {
  enrollmentId: 'e1',
  enrollmentStatus: 'active',
  programId: 'p1',
  programStatus: 'active',
  organizationId: 'o1',
  appId: 'a1',
  affiliateId: 'u1',
  linkId: null,
  allowedDomains: ['app.example'],
};
const base = {
  v: 1,
  id: 'x',
  at: 1,
  form: 'aff_path',
  code: 'c1',
  organizationId: null,
  appId: null,
  programId: null,
  enrollmentId: null,
  affiliateId: null,
  linkId: null,
  landingUrl: 'https://app.example/pricing',
  ip: null,
  userAgent: null,
  referrer: null,
  fingerprint: null,
  country: null,
  region: null,
  city: null,
  asn: null,
  sub: [],
  rejectReason: null,
  isBot: false,
} satisfies ClickMessage;

describe('decideClickStatus', () => {
  test.each([
    { label: 'the edge accepted it', message: { ...base, enrollmentId: 'e1' }, code: undefined, expected: null },
    {
      label: 'the edge refused it',
      message: { ...base, enrollmentId: 'e1', rejectReason: 'geo_blocked' as const },
      code,
      expected: 'geo_blocked',
    },
    {
      label: 'provisional, resolved in Postgres',
      message: { ...base, rejectReason: 'unknown_code' as const },
      code,
      expected: null,
    },
    {
      label: 'provisional, unknown in Postgres too',
      message: { ...base, rejectReason: 'unknown_code' as const },
      code: undefined,
      expected: 'unknown_code',
    },
    {
      label: "provisional on a site outside the program's domains",
      message: { ...base, rejectReason: 'unknown_code' as const, landingUrl: 'https://other.example/' },
      code,
      expected: 'invalid_target',
    },
    {
      label: 'provisional, program paused',
      message: { ...base, rejectReason: 'unknown_code' as const },
      code: { ...code, programStatus: 'paused' },
      expected: 'inactive_program',
    },
    {
      label: 'provisional, affiliate suspended',
      message: { ...base, rejectReason: 'unknown_code' as const },
      code: { ...code, enrollmentStatus: 'suspended' },
      expected: 'inactive_enrollment',
    },
    {
      label: 'a short link the edge did not know was sent to a fallback',
      message: { ...base, form: 'short_link' as const, rejectReason: 'unknown_code' as const },
      code,
      expected: 'unknown_code',
    },
  ])('$label → $expected', ({ message, code, expected }) => {
    const verdict = decideClickStatus(message, code);
    expect(verdict.rejectReason).toBe(expected);
    expect(verdict.status).toBe(expected ? 'rejected' : 'accepted');
  });
});
