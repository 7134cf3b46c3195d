import { describe, expect, it } from 'vitest';
import {
  confineBlockers,
  deletedAccountEmail,
  deletionBlockers,
  remainingBlockers,
  type DeletionBalance,
  type DeletionBlocker,
} from './account-deletion';

const org = { organizationId: '0190d1f0-0000-7000-8000-000000000001', organizationName: 'Acme' };
const balance = (b: Partial<DeletionBalance>): DeletionBalance => ({
  ...org,
  currency: 'USD',
  holdMinor: 0,
  approvedMinor: 0,
  inPayoutMinor: 0,
  ...b,
});

describe('deletionBlockers', () => {
  it.each([
    ['nothing owed, nothing owned', { balances: [balance({})] }, []],
    ['approved money', { balances: [balance({ approvedMinor: 1200 })] }, ['unpaid_balance']],
    ['held money', { balances: [balance({ holdMinor: 500 })] }, ['unpaid_balance']],
    [
      'a carried refund larger than the hold is a debt',
      { balances: [balance({ holdMinor: 300, approvedMinor: -500 })] },
      [],
    ],
    ['money in a payout', { balances: [balance({ inPayoutMinor: 900 })] }, ['payout_in_progress']],
    ['the last owner', { soleOwnerOf: [org] }, ['last_owner']],
    ['platform staff', { platformRole: 'support' as const }, ['platform_staff_account']],
  ])('%s', (_, facts, codes) => {
    const blockers = deletionBlockers({ platformRole: 'none', soleOwnerOf: [], balances: [], ...facts });
    expect(blockers.map((b) => b.code)).toEqual(codes);
  });

  it('tells the owed amount as hold plus approved', () => {
    const [blocker] = deletionBlockers({
      platformRole: 'none',
      soleOwnerOf: [],
      balances: [balance({ holdMinor: 700, approvedMinor: -200, currency: 'JPY' })],
    });
    expect(blocker).toEqual({
      code: 'unpaid_balance',
      ...org,
      currency: 'JPY',
      holdMinor: 700,
      approvedMinor: -200,
      owedMinor: 500,
    });
  });
});

describe('remainingBlockers', () => {
  const all = deletionBlockers({
    platformRole: 'none',
    soleOwnerOf: [org],
    balances: [balance({ approvedMinor: 100, inPayoutMinor: 50 })],
  });
  it('forfeiting lifts only the unpaid balance', () => {
    expect(remainingBlockers(all, true).map((b) => b.code)).toEqual(['last_owner', 'payout_in_progress']);
    expect(remainingBlockers(all, false)).toEqual(all);
  });
});

describe('deletedAccountEmail', () => {
  it('is unique per user, lower-case and undeliverable', () => {
    const email = deletedAccountEmail('0190D1F0-0000-7000-8000-00000000000A');
    expect(email).toBe('deleted-0190d1f0-0000-7000-8000-00000000000a@deleted.invalid');
    expect(email).not.toBe(deletedAccountEmail('0190d1f0-0000-7000-8000-00000000000b'));
  });
});

describe('confineBlockers', () => {
  const here = '0190d1f0-0000-7000-8000-0000000000aa';
  const there = '0190d1f0-0000-7000-8000-0000000000bb';
  const owner = (organizationId: string): DeletionBlocker => ({
    code: 'last_owner',
    organizationId,
    organizationName: 'X',
  });
  const unpaid = (organizationId: string): DeletionBlocker => ({
    code: 'unpaid_balance',
    organizationId,
    organizationName: 'Y',
    currency: 'USD',
    holdMinor: 1,
    approvedMinor: 0,
    owedMinor: 1,
  });
  it.each([
    ['a platform session sees everything', [owner(here), unpaid(there)], undefined, ['last_owner', 'unpaid_balance']],
    ['the portal’s own blockers stay', [owner(here), unpaid(here)], here, ['last_owner', 'unpaid_balance']],
    ['another organization’s become one unnamed blocker', [unpaid(there), owner(there)], here, ['other_advertisers']],
    ['mixed', [unpaid(here), unpaid(there)], here, ['unpaid_balance', 'other_advertisers']],
    [
      'staff is nobody’s organization',
      [{ code: 'platform_staff_account' } as DeletionBlocker],
      here,
      ['platform_staff_account'],
    ],
    ['nothing blocks', [], here, []],
  ])('%s', (_label, blockers, portal, codes) => {
    const out = confineBlockers(blockers, portal);
    expect(out.map((b) => b.code)).toEqual(codes);
    if (portal) expect(JSON.stringify(out)).not.toContain(there);
  });
  it('other_advertisers cannot be forfeited', () => {
    expect(remainingBlockers(confineBlockers([unpaid(there)], here), true)).toEqual([{ code: 'other_advertisers' }]);
  });
});
