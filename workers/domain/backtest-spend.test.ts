import { describe, expect, it } from 'vitest';
import { ReplaySpend } from './backtest-spend';
import { midnightsBetween } from './backtest-workflows';

const DAY = 86_400_000;
const MARCH = Date.UTC(2026, 2, 10);
const month = [{ period: 'month' as const, maxMinor: 1_000, currency: 'USD' }];

describe('ReplaySpend: the live cut over replayed lines', () => {
  it('cuts to the room the month leaves, then to zero, and ignores other months and currencies', () => {
    const spend = new ReplaySpend();
    const line = (amountMinor: number, occurredAt: number, currency = 'USD') => {
      const paid = spend.cap(month, 'e1', { amountMinor, currency, occurredAt, asOf: occurredAt });
      spend.record('e1', { occurredAt, currency, amountMinor: paid, goneAt: null, cuts: [] });
      return paid;
    };
    expect(line(700, MARCH)).toBe(700);
    expect(line(500, MARCH + DAY)).toBe(300);
    expect(line(400, MARCH + 2 * DAY)).toBe(0);
    expect(line(400, MARCH + 2 * DAY, 'EUR')).toBe(400);
    expect(line(900, Date.UTC(2026, 3, 1))).toBe(900);
  });

  it('frees room by refund shares and rejections only once they were recorded', () => {
    const spend = new ReplaySpend();
    spend.record('e1', {
      occurredAt: MARCH,
      currency: 'USD',
      amountMinor: 800,
      goneAt: null,
      cuts: [{ at: MARCH + 5 * DAY, minor: 300 }],
    });
    spend.record('e1', { occurredAt: MARCH, currency: 'USD', amountMinor: 200, goneAt: MARCH + 6 * DAY, cuts: [] });
    const at = (asOf: number) =>
      spend.cap(month, 'e1', { amountMinor: 1_000, currency: 'USD', occurredAt: MARCH + DAY, asOf });
    expect(at(MARCH + DAY)).toBe(0);
    expect(at(MARCH + 5 * DAY)).toBe(300);
    expect(at(MARCH + 6 * DAY)).toBe(500);
    // Another member's lines never count.
    expect(spend.cap(month, 'e2', { amountMinor: 1_000, currency: 'USD', occurredAt: MARCH, asOf: MARCH })).toBe(1_000);
  });
});

describe('midnightsBetween', () => {
  it('lists the UTC midnights after the first instant up to the second', () => {
    expect(midnightsBetween(MARCH + 3_600_000, MARCH + 2 * DAY)).toEqual([MARCH + DAY, MARCH + 2 * DAY]);
    expect(midnightsBetween(MARCH, MARCH)).toEqual([]);
  });
});
