import { describe, expect, test } from 'vitest';
import { monthOf, monthRange, statementNet } from './statement-month';

describe('monthRange', () => {
  test.each([
    ['2026-11', '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'],
    ['2026-12 rolls into the next year', '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['2024-02 of a leap year', '2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
  ])('%s', (label, from, to) => {
    const range = monthRange(label.slice(0, 7));
    expect(range?.from.toISOString()).toBe(from);
    expect(range?.to.toISOString()).toBe(to);
  });

  test.each(['2026-13', '2026-00', '2026-1', '26-11', '2026-11-01', '', '1999-12'])('refuses %j', (month) => {
    expect(monthRange(month)).toBeNull();
  });
});

describe('monthOf and statementNet', () => {
  test.each([
    ['2026-11-30T23:59:59.999Z', '2026-11'],
    ['2026-12-01T00:00:00.000Z', '2026-12'],
  ])('%s is in %s', (at, month) => {
    expect(monthOf(new Date(at))).toBe(month);
  });

  test.each([
    [{ earnedMinor: 10_000, reversedMinor: 2_500, paidMinor: 99_999 }, 7_500],
    [{ earnedMinor: 0, reversedMinor: 3_000, paidMinor: 0 }, -3_000],
  ])('net of %j is %i (paid does not count)', (figures, net) => {
    expect(statementNet(figures)).toBe(net);
  });
});
