import { describe, expect, it } from 'vitest';
import { balanceCrossings, balanceKey, type BalanceLevel } from './balance-crossing';

const level = (availableMinor: number, minimumMinor = 5000, currency = 'USD'): BalanceLevel => ({
  organizationId: 'o',
  affiliateId: 'a',
  currency,
  availableMinor,
  minimumMinor,
});
const state = (reached: boolean, currency = 'USD') =>
  new Map([
    [
      balanceKey({ organizationId: 'o', affiliateId: 'a', currency }),
      { organizationId: 'o', affiliateId: 'a', currency, reached },
    ],
  ]);

describe('balanceCrossings', () => {
  it.each([
    ['first seen below: stored, no notice', [level(100)], new Map(), 0, [false]],
    ['first seen at the minimum: notice', [level(5000)], new Map(), 1, [true]],
    ['below → above: notice', [level(6000)], state(false), 1, [true]],
    ['above → above: nothing', [level(9000)], state(true), 0, []],
    ['above → below: re-armed, no notice', [level(10)], state(true), 0, [false]],
    ['above → gone (paid out): re-armed', [], state(true), 0, [false]],
    ['below → gone: nothing', [], state(false), 0, []],
    ['zero minimum, zero balance: not reached', [level(0, 0)], new Map(), 0, [false]],
    ['negative carry-over: not reached', [level(-500, 0)], new Map(), 0, [false]],
  ] as const)('%s', (_label, now, previous, notices, changes) => {
    const out = balanceCrossings(now, previous);
    expect(out.reached).toHaveLength(notices);
    expect(out.changes.map((c) => c.reached)).toEqual(changes);
  });
});
