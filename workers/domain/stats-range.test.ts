import { describe, expect, test } from 'vitest';
import { resolveStatsRange, type StatsGranularity } from './stats-range';

const now = new Date('2026-06-15T10:30:00Z');
const resolve = (
  from: string | undefined,
  to: string | undefined,
  timeZone = 'UTC',
  granularity: StatsGranularity = 'day',
) => resolveStatsRange({ from, to, timeZone, granularity, now });
const iso = (d: Date) => d.toISOString();

describe('report ranges', () => {
  test.each([
    // from, to, tz → from, to (UTC), previous from
    [
      '2026-03-01',
      '2026-03-01',
      'Europe/Moscow',
      '2026-02-28T21:00:00.000Z',
      '2026-03-01T21:00:00.000Z',
      '2026-02-27T21:00:00.000Z',
    ],
    [
      '2026-03-08',
      '2026-03-08',
      'America/New_York',
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
      '2026-03-07T05:00:00.000Z',
    ],
    [
      '2026-11-01',
      '2026-11-01',
      'America/New_York',
      '2026-11-01T04:00:00.000Z',
      '2026-11-02T05:00:00.000Z',
      '2026-10-31T04:00:00.000Z',
    ],
    [
      '2026-01-01',
      '2026-01-31',
      'UTC',
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2025-12-01T00:00:00.000Z',
    ],
    [
      '2026-01-01T00:00:00Z',
      '2026-01-02T06:00:00Z',
      'UTC',
      '2026-01-01T00:00:00.000Z',
      '2026-01-02T06:00:00.000Z',
      '2025-12-30T18:00:00.000Z',
    ],
    [
      '2026-01-01T03:00:00+03:00',
      '2026-01-01T05:00:00+03:00',
      'UTC',
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T02:00:00.000Z',
      '2025-12-31T22:00:00.000Z',
    ],
  ])('%s – %s in %s is [%s, %s), previous from %s', (from, to, tz, start, end, previousFrom) => {
    const range = resolve(from, to, tz);
    expect([iso(range.from), iso(range.to), iso(range.previous.from), iso(range.previous.to)]).toEqual([
      start,
      end,
      previousFrom,
      start,
    ]);
  });

  test('local dates shift the previous period by calendar days; times by the exact length', () => {
    expect(resolve('2026-03-08', '2026-03-09', 'America/New_York').shift).toEqual({ days: 2, seconds: 0 });
    expect(resolve('2026-01-01T00:00:00Z', '2026-01-01T05:00:00Z').shift).toEqual({ days: 0, seconds: 18_000 });
  });

  test('defaults to the last 30 local days, today included', () => {
    const range = resolve(undefined, undefined, 'Europe/Moscow');
    expect(iso(range.from)).toBe('2026-05-16T21:00:00.000Z');
    expect(iso(range.to)).toBe('2026-06-15T21:00:00.000Z');
  });

  test.each([
    ['2025-01-01', '2025-12-31', 'day', null],
    ['2024-01-01', '2024-12-31', 'day', null],
    ['2025-01-01', '2026-01-01', 'month', null],
    ['2025-01-01', '2026-01-02', 'day', 'range_too_long'],
    ['2026-01-01', '2026-01-31', 'hour', null],
    ['2026-01-01', '2026-02-01', 'hour', 'range_too_long'],
    ['2026-01-02', '2026-01-01', 'day', 'stats_range_invalid'],
    ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'day', 'stats_range_invalid'],
    ['2026-01-01T00:30:00Z', '2026-01-02T00:00:00Z', 'day', 'stats_range_invalid'],
  ])('%s – %s by %s: %s', (from, to, granularity, code) => {
    const run = () => resolve(from, to, 'UTC', granularity as StatsGranularity);
    if (code) expect(run).toThrow(expect.objectContaining({ code }) as Error);
    else expect(run).not.toThrow();
  });

  test.each(['Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns'])('%s is refused: not whole hours', (tz) => {
    expect(() => resolve('2026-01-01', '2026-01-07', tz)).toThrow(
      expect.objectContaining({ code: 'stats_time_zone_unsupported' }) as Error,
    );
  });
});
