import { describe, expect, test } from 'vitest';
import { type StatsAudience, parseStatsReportRequest, statsReportQuery } from './stats-request';

const now = new Date('2026-06-15T10:30:00Z');
const parse = (query: Record<string, string>, audience: StatsAudience = 'advertiser') =>
  parseStatsReportRequest(statsReportQuery.parse(query), audience, now);

describe('the report request', () => {
  test('defaults: UTC days over the last 30 days, ranked by time, 100 rows, no grouping', () => {
    const req = parse({});
    expect(req).toMatchObject({
      timeZone: 'UTC',
      granularity: 'day',
      groupBy: [],
      filters: {},
      compare: false,
      limit: 100,
      sort: 'time',
      direction: 'asc',
      after: null,
    });
    expect(req.source.id).toBe('stats');
  });

  test.each([
    [{ granularity: 'total', groupBy: 'country' }, 'clicks', 'desc'],
    [{ granularity: 'total', groupBy: 'reason' }, 'rejectedClicks', 'desc'],
    [{ granularity: 'total', sort: 'sales', direction: 'asc' }, 'sales', 'asc'],
    [{ granularity: 'week', sort: 'time', direction: 'desc' }, 'time', 'desc'],
  ])('%j ranks by %s %s', (query, sort, direction) => {
    expect(parse(query)).toMatchObject({ sort, direction });
  });

  test('groupBy and filters are parsed, values split on commas', () => {
    const req = parse({ groupBy: 'country, device', country: 'US,DE,US', device: 'mobile' });
    expect(req.groupBy).toEqual(['country', 'device']);
    expect(req.filters).toEqual({ country: ['US', 'DE'], device: ['mobile'] });
  });

  test.each([
    [{ groupBy: 'planet' }, 'advertiser', 'stats_dimension_unknown'],
    [{ groupBy: 'affiliate' }, 'affiliate', 'stats_dimension_unknown'],
    [{ affiliate: '0190d5e0-0000-7000-8000-000000000000' }, 'affiliate', 'stats_dimension_unknown'],
    [{ groupBy: 'country,device,app' }, 'advertiser', 'stats_combination_unsupported'],
    [{ groupBy: 'country', os: 'iOS' }, 'advertiser', 'stats_combination_unsupported'],
    [{ groupBy: 'os', sort: 'sales', granularity: 'total' }, 'advertiser', 'stats_combination_unsupported'],
    [{ granularity: 'total', sort: 'time' }, 'advertiser', 'stats_combination_unsupported'],
    [{ tz: 'Nowhere/Special' }, 'advertiser', 'stats_time_zone_invalid'],
    [{ tz: 'Asia/Kolkata' }, 'advertiser', 'stats_time_zone_unsupported'],
    [{ from: '2024-01-01', to: '2026-01-01' }, 'advertiser', 'range_too_long'],
    [{ cursor: 'not-a-cursor' }, 'advertiser', 'invalid_cursor'],
    [{ program: 'not-an-id' }, 'advertiser', 'validation_failed'],
    [{ country: 'usa' }, 'advertiser', 'validation_failed'],
    [{ reason: 'because' }, 'advertiser', 'validation_failed'],
  ])('%j as %s is refused with %s', (query, audience, code) => {
    expect(() => parse(query, audience as StatsAudience)).toThrow(expect.objectContaining({ code }) as Error);
  });

  test.each([{ limit: '0' }, { limit: '1001' }, { granularity: 'year' }, { from: 'yesterday' }, { colour: 'red' }])(
    '%j fails the schema',
    (query) => {
      expect(statsReportQuery.safeParse(query).success).toBe(false);
    },
  );
});
