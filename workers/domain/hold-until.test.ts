import { describe, expect, test } from 'vitest';
import { addCalendarMonths, holdUntil } from './hold-until';

describe('holdUntil', () => {
  test.each([
    { label: '30 days', from: '2026-01-15T10:20:30.400Z', days: 30, expected: '2026-02-14T10:20:30.400Z' },
    { label: 'no hold', from: '2026-01-15T10:20:30.400Z', days: 0, expected: '2026-01-15T10:20:30.400Z' },
    { label: 'across a leap day', from: '2028-02-28T00:00:00.000Z', days: 2, expected: '2028-03-01T00:00:00.000Z' },
    // No DST in UTC: exactly 24 h per day even across Europe's and America's March switch.
    {
      label: 'across a DST switch elsewhere',
      from: '2026-03-28T12:00:00.000Z',
      days: 3,
      expected: '2026-03-31T12:00:00.000Z',
    },
    { label: 'a year', from: '2026-01-01T00:00:00.000Z', days: 365, expected: '2027-01-01T00:00:00.000Z' },
  ])('$label', ({ from, days, expected }) => {
    expect(holdUntil(new Date(from), days).toISOString()).toBe(expected);
  });

  test.each([-1, 1.5, Number.NaN])('refuses %s days', (days) => {
    expect(() => holdUntil(new Date('2026-01-01T00:00:00Z'), days)).toThrow(RangeError);
  });

  test('refuses an invalid date', () => expect(() => holdUntil(new Date('nope'), 1)).toThrow(RangeError));
});

describe('addCalendarMonths', () => {
  test.each([
    { label: 'same day next month', date: '2026-01-15T10:00:00.000Z', months: 1, expected: '2026-02-15T10:00:00.000Z' },
    {
      label: 'Jan 31 + 1 clamps to Feb 28',
      date: '2026-01-31T23:59:59.999Z',
      months: 1,
      expected: '2026-02-28T23:59:59.999Z',
    },
    {
      label: 'Jan 31 + 1 clamps to Feb 29 in a leap year',
      date: '2028-01-31T08:00:00.000Z',
      months: 1,
      expected: '2028-02-29T08:00:00.000Z',
    },
    {
      label: 'Jan 31 + 2 is Mar 31 (no carried clamp)',
      date: '2026-01-31T08:00:00.000Z',
      months: 2,
      expected: '2026-03-31T08:00:00.000Z',
    },
    {
      label: 'Mar 31 + 1 clamps to Apr 30',
      date: '2026-03-31T00:00:00.000Z',
      months: 1,
      expected: '2026-04-30T00:00:00.000Z',
    },
    { label: 'across a year end', date: '2026-11-30T12:00:00.000Z', months: 3, expected: '2027-02-28T12:00:00.000Z' },
    { label: 'twelve months', date: '2028-02-29T12:00:00.000Z', months: 12, expected: '2029-02-28T12:00:00.000Z' },
    { label: 'zero months', date: '2026-05-31T12:00:00.000Z', months: 0, expected: '2026-05-31T12:00:00.000Z' },
    { label: 'backwards', date: '2026-03-31T12:00:00.000Z', months: -1, expected: '2026-02-28T12:00:00.000Z' },
  ])('$label', ({ date, months, expected }) => {
    expect(addCalendarMonths(new Date(date), months).toISOString()).toBe(expected);
  });

  test('agrees with Date’s own month arithmetic, clamped, every week of 1899–2101, -30…+30 months', () => {
    // The reference: move to day 1, add the months, clamp the day to the month's last (Date works that out).
    const reference = (date: Date, months: number) => {
      const r = new Date(date.getTime());
      r.setUTCDate(1);
      r.setUTCMonth(r.getUTCMonth() + months);
      const last = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0));
      r.setUTCDate(Math.min(date.getUTCDate(), last.getUTCDate()));
      return r.toISOString();
    };
    const start = Date.UTC(1899, 0, 1, 13, 7, 5, 9);
    const wrong: string[] = [];
    for (let day = 0; day < 203 * 366; day += 7) {
      const date = new Date(start + day * 86_400_000);
      for (const months of [-30, -13, -12, -1, 1, 2, 11, 12, 13, 30])
        if (addCalendarMonths(date, months).toISOString() !== reference(date, months))
          wrong.push(`${date.toISOString()} + ${months}`);
    }
    // Judged once: an expect per case would be most of this file's time.
    expect(wrong).toEqual([]);
  });

  test('does not mutate its argument', () => {
    const date = new Date('2026-01-31T00:00:00.000Z');
    addCalendarMonths(date, 1);
    expect(date.toISOString()).toBe('2026-01-31T00:00:00.000Z');
  });

  test.each([1.5, Number.NaN])('refuses %s months', (months) => {
    expect(() => addCalendarMonths(new Date('2026-01-01T00:00:00Z'), months)).toThrow(RangeError);
  });
});
