import { describe, expect, test } from 'vitest';
import { PayoutItemStatus } from '../../schema/enums';
import { FINAL_ITEM_STATUSES, itemTransition, PAYABLE_ITEM_STATUSES, PaypalItemStatus } from './payout-item-transition';

const FAILURES = ['FAILED', 'RETURNED', 'BLOCKED', 'REFUNDED', 'REVERSED', 'DENIED', 'CANCELED'] as const;

describe('itemTransition', () => {
  test.each([
    { from: 'pending', reported: 'SUCCESS', expected: { kind: 'pay', to: 'success' } },
    { from: 'onhold', reported: 'SUCCESS', expected: { kind: 'pay', to: 'success' } },
    { from: 'unclaimed', reported: 'SUCCESS', expected: { kind: 'pay', to: 'success' } },
    { from: 'pending', reported: 'UNCLAIMED', expected: { kind: 'unclaimed', to: 'unclaimed' } },
    { from: 'pending', reported: 'ONHOLD', expected: { kind: 'wait', to: 'onhold' } },
    { from: 'onhold', reported: 'PENDING', expected: { kind: 'wait', to: 'pending' } },
    { from: 'pending', reported: 'PENDING', expected: { kind: 'none' } },
    { from: 'unclaimed', reported: 'UNCLAIMED', expected: { kind: 'none' } },
    { from: 'unclaimed', reported: 'PENDING', expected: { kind: 'none' } },
    { from: 'unclaimed', reported: 'RETURNED', expected: { kind: 'return', to: 'returned' } },
    { from: 'success', reported: 'SUCCESS', expected: { kind: 'none' } },
    { from: 'success', reported: 'PENDING', expected: { kind: 'none' } },
    { from: 'success', reported: 'UNCLAIMED', expected: { kind: 'none' } },
    { from: 'success', reported: 'FAILED', expected: { kind: 'none' } },
    { from: 'success', reported: 'RETURNED', expected: { kind: 'reverse', to: 'returned' } },
    { from: 'success', reported: 'REFUNDED', expected: { kind: 'reverse', to: 'refunded' } },
    { from: 'success', reported: 'REVERSED', expected: { kind: 'reverse', to: 'reversed' } },
  ] as const)('$from + $reported', ({ from, reported, expected }) =>
    expect(itemTransition(from, reported)).toEqual(expected),
  );

  test.each(FAILURES)('pending + %s returns the money under that status', (reported) => {
    expect(itemTransition('pending', reported)).toEqual({ kind: 'return', to: reported.toLowerCase() });
  });

  const returned = PayoutItemStatus.filter((s) => s !== 'success' && FINAL_ITEM_STATUSES.has(s));
  test.each(returned.flatMap((from) => PaypalItemStatus.map((reported) => ({ from, reported }))))(
    '$from is final: $reported does nothing',
    ({ from, reported }) => {
      expect(itemTransition(from, reported)).toEqual({ kind: 'none' });
    },
  );

  test('every status reached is a known item status, and applying it again does nothing', () => {
    for (const from of PayoutItemStatus) {
      for (const reported of PaypalItemStatus) {
        const t = itemTransition(from, reported);
        if (t.kind === 'none') continue;
        expect(PayoutItemStatus).toContain(t.to);
        const again = itemTransition(t.to, reported);
        expect(again.kind, `${from} + ${reported} twice`).toBe('none');
      }
    }
  });

  test('SUCCESS pays from exactly the open statuses', () => {
    expect([...PAYABLE_ITEM_STATUSES].sort()).toEqual(['onhold', 'pending', 'unclaimed']);
  });
});
