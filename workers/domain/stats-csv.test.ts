import { describe, expect, test } from 'vitest';
import { bucketEnd, isoInTimeZone, percentCell, reportFileName } from './stats-csv';

const at = (iso: string) => new Date(iso);

describe('isoInTimeZone', () => {
  test.each([
    ['2026-11-24T06:00:00Z', 'Europe/Moscow', '2026-11-24T09:00:00+03:00'],
    ['2026-11-01T04:00:00Z', 'America/New_York', '2026-11-01T00:00:00-04:00'],
    ['2026-11-02T05:00:00Z', 'America/New_York', '2026-11-02T00:00:00-05:00'],
    ['2026-11-24T00:00:00Z', 'UTC', '2026-11-24T00:00:00Z'],
  ])('%s in %s is %s', (instant, tz, expected) => expect(isoInTimeZone(at(instant), tz)).toBe(expected));
});

describe('bucketEnd', () => {
  const far = at('2027-12-31T00:00:00Z');
  test.each([
    ['hour', '2026-11-24T10:00:00Z', 'UTC', far, '2026-11-24T11:00:00.000Z'],
    ['day', '2026-11-01T04:00:00Z', 'America/New_York', far, '2026-11-02T05:00:00.000Z'],
    ['week', '2026-11-23T00:00:00Z', 'UTC', far, '2026-11-30T00:00:00.000Z'],
    ['month', '2026-11-01T00:00:00Z', 'UTC', far, '2026-12-01T00:00:00.000Z'],
    ['month', '2026-12-01T00:00:00Z', 'UTC', far, '2027-01-01T00:00:00.000Z'],
    ['month', '2026-11-01T00:00:00Z', 'UTC', at('2026-11-25T00:00:00Z'), '2026-11-25T00:00:00.000Z'],
    ['total', '2026-11-01T00:00:00Z', 'UTC', at('2026-11-25T00:00:00Z'), '2026-11-25T00:00:00.000Z'],
  ] as const)('%s from %s in %s', (granularity, start, tz, rangeEnd, expected) =>
    expect(bucketEnd(at(start), granularity, tz, rangeEnd).toISOString()).toBe(expected),
  );
});

describe('percentCell', () => {
  test.each([
    [0.0347222, '3.47'],
    [-1, '-100.00'],
    [0, '0.00'],
    [1.5, '150.00'],
    [null, null],
  ])('%s → %s', (ratio, expected) => expect(percentCell(ratio)).toBe(expected));
});

describe('reportFileName', () => {
  test.each([
    {
      label: 'by day, no grouping',
      input: { from: '2026-11-01T00:00:00Z', to: '2026-11-25T00:00:00Z', tz: 'UTC', g: 'day', by: [] },
      expected: 'stats_2026-11-01_2026-11-24_by-day.csv',
    },
    {
      label: 'in Moscow, by total, grouped by program and country',
      input: {
        from: '2026-10-31T21:00:00Z',
        to: '2026-11-24T21:00:00Z',
        tz: 'Europe/Moscow',
        g: 'total',
        by: ['program', 'country'],
      },
      expected: 'stats_2026-11-01_2026-11-24_by-total_program-country.csv',
    },
  ] as const)('$label', ({ input, expected }) =>
    expect(
      reportFileName({
        from: at(input.from),
        to: at(input.to),
        timeZone: input.tz,
        granularity: input.g,
        groupBy: input.by,
      }),
    ).toBe(expected),
  );
});
