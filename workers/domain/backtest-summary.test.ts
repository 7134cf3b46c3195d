import { describe, expect, it } from 'vitest';
import { BacktestSums } from './backtest-summary';

const P = 'prog-1';
/** Each beneficiary's actual and proposed sums, per currency, from the summary's affiliate rows and totals. */
const sidesOf = (sums: BacktestSums) => sums.summary();

describe('BacktestSums.addKept: the stored lines that ride on each event row', () => {
  it('sums every line once per beneficiary, month and currency, and answers the event net', () => {
    const sums = new BacktestSums(P);
    expect(sums.addKept('aff-1:USD:2970,aff-up:USD:297', '2026-03', [])).toBe(3267);
    expect(sums.addKept('aff-1:USD:-500,aff-1:EUR:100', '2026-03', [])).toBe(-400);
    expect(sums.addKept('aff-1:USD:1000', '2026-04', [])).toBe(1000);
    // Outside the period the statement sends no lines: nothing is added.
    expect(sums.addKept('', '2026-04', [])).toBe(0);
    const s = sidesOf(sums);
    // The amounts are read as Number reads them, up to the largest safe integer and beyond.
    const big = new BacktestSums(P);
    expect(big.addKept('a:USD:9007199254740991,a:USD:-9007199254740991', '2026-03', [])).toBe(0);
    expect(big.addKept(`a:USD:${2n ** 60n}`, '2026-03', [])).toBe(2 ** 60);
    expect(big.addKept('a:USD:-42,a:USD:0,a:USD:7', '2026-03', [])).toBe(-35);
    expect(s.totals.map((t) => [t.currency, t.actualMinor])).toEqual([
      ['EUR', 100],
      ['USD', 3767],
    ]);
    expect(s.months.map((m) => [m.month, m.currency, m.actualMinor])).toEqual([
      ['2026-03', 'EUR', 100],
      ['2026-03', 'USD', 2767],
      ['2026-04', 'USD', 1000],
    ]);
  });

  it('a line matching a replayed one lands in the same cell as it; one that does not, in its own', () => {
    const sums = new BacktestSums(P);
    // The replay paid aff-1 in USD and aff-2 in USD; the stored lines paid aff-1 in USD and in EUR, and aff-22.
    const replayed = [
      { beneficiaryId: 'aff-1', currency: 'USD' },
      { beneficiaryId: 'aff-2', currency: 'USD' },
    ];
    sums.add('proposed', 'aff-1', '2026-03', 'USD', 3000);
    sums.add('proposed', 'aff-2', '2026-03', 'USD', 300);
    expect(sums.addKept('aff-1:USD:2970,aff-1:EUR:10,aff-22:USD:297', '2026-03', replayed)).toBe(3277);
    const byAffiliate = new Map(
      sums.summary().affiliates.map((a) => [`${a.affiliateId} ${a.currency}`, [a.actualMinor, a.proposedMinor]]),
    );
    expect(Object.fromEntries(byAffiliate)).toEqual({
      'aff-1 USD': [2970, 3000],
      'aff-1 EUR': [10, 0],
      'aff-2 USD': [0, 300],
      'aff-22 USD': [297, 0],
    });
  });
});
