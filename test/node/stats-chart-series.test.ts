import { describe, expect, test } from 'vitest';
import {
  alignSeries,
  bucketRangeText,
  chartBuckets,
  currenciesOf,
  pickCounts,
  pickMoney,
  previousRange,
  type SeriesRow,
} from '../../dashboard/src/features/stats/chart-series';

const row = (bucketLocal: string, clicks: number, extra: Partial<SeriesRow> = {}): SeriesRow => ({
  bucketLocal,
  metrics: { clicks, leads: 1, sales: 2 },
  ...extra,
});

describe('chartBuckets', () => {
  test('every day of the range, both ends included, across a month end', () => {
    expect(chartBuckets('2026-10-30', '2026-11-02', false)).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
  });
  test('24 hours of a one-day range', () => {
    const hours = chartBuckets('2026-11-23', '2026-11-23', true);
    expect(hours).toHaveLength(24);
    expect([hours[0], hours[23]]).toEqual(['2026-11-23T00', '2026-11-23T23']);
  });
});

describe('previousRange', () => {
  test('the same number of days just before', () => {
    expect(previousRange('2026-11-01', '2026-11-30')).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    expect(previousRange('2026-03-01', '2026-03-07')).toEqual({ from: '2026-02-22', to: '2026-02-28' });
  });
  test('one day: the day before', () => {
    expect(previousRange('2026-01-01', '2026-01-01')).toEqual({ from: '2025-12-31', to: '2025-12-31' });
  });
});

describe('alignSeries', () => {
  test('zero for buckets without a row, previous matched by position', () => {
    const points = alignSeries(
      {
        buckets: ['2026-11-08', '2026-11-09', '2026-11-10'],
        previousBuckets: ['2026-11-05', '2026-11-06', '2026-11-07'],
        rows: [row('2026-11-09T00:00', 16)],
        previousRows: [row('2026-11-05T00:00', 4), row('2026-11-07T00:00', 9)],
        hourly: false,
      },
      pickCounts,
    );
    expect(points.map((p) => [p.bucket, p.previousBucket, p.current.clicks, p.previous?.clicks])).toEqual([
      ['2026-11-08', '2026-11-05', 0, 4],
      ['2026-11-09', '2026-11-06', 16, 0],
      ['2026-11-10', '2026-11-07', 0, 9],
    ]);
    expect(points[1]!.current).toEqual({ clicks: 16, leads: 1, sales: 2 });
    expect(points[0]!.current).toEqual({ clicks: 0, leads: 0, sales: 0 });
  });
  test('hourly rows land in their hour; without a comparison previous is null', () => {
    const points = alignSeries(
      {
        buckets: chartBuckets('2026-11-23', '2026-11-23', true),
        previousBuckets: null,
        rows: [row('2026-11-23T14:00', 3)],
        previousRows: null,
        hourly: true,
      },
      pickCounts,
    );
    expect(points.filter((p) => p.current.clicks > 0).map((p) => p.bucket)).toEqual(['2026-11-23T14']);
    expect(points.every((p) => p.previous === null && p.previousBucket === null)).toBe(true);
  });
});

describe('money', () => {
  const eur = { currency: 'EUR', payoutMinor: 150, revenueMinor: 1000 };
  const usd = { currency: 'USD', payoutMinor: 70 };
  test('currencies of both periods, sorted, each once', () => {
    expect(
      currenciesOf([row('2026-11-01', 1, { money: [usd, eur] })], [row('2026-10-01', 1, { money: [eur] })]),
    ).toEqual(['EUR', 'USD']);
  });
  test('one currency of a row, never another added to it; zero when the row has none', () => {
    const eurOf = pickMoney('EUR');
    expect(eurOf(row('2026-11-01', 1, { money: [usd, eur] }))).toEqual({ revenueMinor: 1000, payoutMinor: 150 });
    expect(pickMoney('USD')(row('2026-11-01', 1, { money: [usd, eur] }))).toEqual({ revenueMinor: 0, payoutMinor: 70 });
    expect(eurOf(undefined)).toEqual({ revenueMinor: 0, payoutMinor: 0 });
  });
});

describe('bucketRangeText', () => {
  test('an hour with its end, the last one ending at 24:00', () => {
    expect(bucketRangeText('2026-11-23T14', true, 'en-US')).toBe('Nov 23, 14:00–15:00');
    expect(bucketRangeText('2026-11-23T23', true, 'en-US')).toBe('Nov 23, 23:00–24:00');
  });
  test('a day with its weekday, printed as the local key says (no shift by the machine zone)', () => {
    expect(bucketRangeText('2026-11-23', false, 'en-US')).toBe('Mon, Nov 23');
    expect(bucketRangeText('2026-11-23', false, 'ru')).toMatch(/23/);
  });
});
