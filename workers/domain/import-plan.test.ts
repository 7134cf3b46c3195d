import { describe, expect, it } from 'vitest';
import { type AffiliateFacts, type OwnerFacts, planAffiliate, planCommission, planCustomer } from './import-plan';
import type { ImportAffiliate, ImportCommission } from './import-records';

const PROGRAM = { id: 'p1', appId: 'app1', currency: 'USD' };
const record = (over: Partial<ImportAffiliate> = {}): ImportAffiliate => ({
  externalId: 'a1',
  email: 'Ann@Example.com',
  firstName: 'Ann',
  lastName: null,
  paypalEmail: null,
  status: 'active',
  refCodes: ['ann'],
  couponCodes: ['ann10'],
  campaignId: null,
  locale: null,
  ...over,
});
const facts = (over: Partial<AffiliateFacts> = {}): AffiliateFacts => ({
  programFor: () => PROGRAM,
  user: null,
  codeOwner: () => null,
  couponOwner: () => null,
  takenInJob: { codes: new Set(), coupons: new Set(), emails: new Set() },
  ...over,
});
const reasonOf = (v: { reason: string | null }) => v.reason?.split(':')[0] ?? null;

describe('planAffiliate', () => {
  it.each([
    ['a new affiliate', record(), facts(), 'create', null],
    [
      'no program for its campaign',
      record({ campaignId: 'c9' }),
      facts({ programFor: () => null }),
      'conflict',
      'no_program',
    ],
    ['no code at all', record({ refCodes: [] }), facts(), 'conflict', 'no_code'],
    ['a code we cannot route', record({ refCodes: ['a b'] }), facts(), 'conflict', 'invalid_code'],
    [
      'imported before',
      record(),
      facts({ user: { id: 'u', enrollments: [{ id: 'e', programId: 'p1', refCode: 'ann' }] } }),
      'skip',
      'already_imported',
    ],
    [
      'already an affiliate here',
      record(),
      facts({ user: { id: 'u', enrollments: [{ id: 'e', programId: 'p2', refCode: 'x' }] } }),
      'conflict',
      'email_taken',
    ],
    ['the code is someone else’s', record(), facts({ codeOwner: () => 'e9' }), 'conflict', 'code_taken'],
    [
      'an earlier record takes the code',
      record(),
      facts({ takenInJob: { codes: new Set(['ann']), coupons: new Set(), emails: new Set() } }),
      'conflict',
      'code_taken',
    ],
    [
      'an earlier record has the email',
      record(),
      facts({ takenInJob: { codes: new Set(), coupons: new Set(), emails: new Set(['ann@example.com']) } }),
      'conflict',
      'duplicate_email',
    ],
    ['a taken coupon is left out', record(), facts({ couponOwner: () => 'e9' }), 'create', 'coupon_not_kept'],
    // An account of its own (another advertiser's affiliate): invited, never enrolled by the import.
    ['an account not yours', record(), facts({ user: { id: 'u', enrollments: [] } }), 'create', 'invited'],
    [
      'an account invited by an earlier import',
      record(),
      facts({ user: { id: 'u', enrollments: [], invitedTo: ['p1'] } }),
      'skip',
      'already_invited',
    ],
    [
      'an account the source has terminated',
      record({ status: 'terminated' }),
      facts({ user: { id: 'u', enrollments: [] } }),
      'skip',
      'not_invited',
    ],
    [
      'extra codes are reported',
      record({ refCodes: ['ann', 'ann2'], couponCodes: [] }),
      facts(),
      'create',
      'extra_codes',
    ],
  ])('%s', (_name, r, f, outcome, reason) => {
    const verdict = planAffiliate(r, f);
    expect([verdict.outcome, reasonOf(verdict)]).toEqual([outcome, reason]);
  });

  it('keeps the first code as the ref code and the coupon upper-cased', () => {
    expect(planAffiliate(record(), facts())).toMatchObject({ refCode: 'ann', couponCode: 'ANN10', programId: 'p1' });
  });

  it('marks an existing account for an invitation, keeping the code for its acceptance', () => {
    expect(planAffiliate(record(), facts({ user: { id: 'u', enrollments: [] } }))).toMatchObject({
      invite: true,
      refCode: 'ann',
    });
    expect(planAffiliate(record(), facts()).invite).toBeUndefined();
  });
});

const owner = (over: Partial<OwnerFacts> = {}): OwnerFacts => ({
  outcome: 'create',
  programId: 'p1',
  enrollmentId: 'e1',
  program: PROGRAM,
  ...over,
});
const commission = (over: Partial<ImportCommission> = {}): ImportCommission => ({
  externalId: 'k1',
  affiliateExternalId: 'a1',
  amountMinor: 3000,
  currency: 'USD',
  dueAt: null,
  paidAt: null,
  saleAmountMinor: null,
  ...over,
});

describe('planCommission and planCustomer', () => {
  it.each([
    ['owed in the program’s currency', commission(), owner(), false, 'create', null],
    ['another currency', commission({ currency: 'EUR' }), owner(), false, 'conflict', 'currency_mismatch'],
    ['imported before', commission(), owner(), true, 'skip', 'already_imported'],
    [
      'its affiliate conflicts',
      commission(),
      owner({ outcome: 'conflict', program: null }),
      false,
      'skip',
      'affiliate_not_imported',
    ],
    ['nothing owed', commission({ amountMinor: 0 }), owner(), false, 'skip', 'zero_amount'],
    [
      'its affiliate is invited, not yet in',
      commission(),
      owner({ invited: true, enrollmentId: null }),
      false,
      'conflict',
      'awaiting_acceptance',
    ],
    [
      'its affiliate row was a duplicate: it follows the kept row',
      commission(),
      owner({ keptRow: 'a0' }),
      false,
      'create',
      'owner_duplicate',
    ],
  ])('commission: %s', (_name, c, o, before, outcome, reason) => {
    const verdict = planCommission(c, o, before);
    expect([verdict.outcome, reasonOf(verdict)]).toEqual([outcome, reason]);
  });

  const customer = {
    externalId: 'r1',
    affiliateExternalId: 'a1',
    customerId: 'cus_1',
    attributedAt: '2025-01-01T00:00:00Z',
  };
  it.each([
    ['new', owner(), null, 'create', null],
    ['bound to the same affiliate', owner(), { enrollmentId: 'e1' }, 'skip', 'already_imported'],
    ['another affiliate’s', owner(), { enrollmentId: 'e2' }, 'conflict', 'customer_taken'],
    ['no such affiliate', null, null, 'skip', 'affiliate_missing'],
  ])('customer: %s', (_name, o, existing, outcome, reason) => {
    const verdict = planCustomer(customer, o, existing);
    expect([verdict.outcome, reasonOf(verdict)]).toEqual([outcome, reason]);
  });
});
