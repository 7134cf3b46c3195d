import { resolveStatsRange } from '../../domain/stats-range';
import { canonicalTimeZone } from '../../domain/stats-time-zone';

export interface LinkPeriod {
  from: Date;
  to: Date;
  timeZone: string;
}

/**
 * The period of a link figure: local dates in `tz` (`to` inclusive), by default the last 30 days, at
 * most a year, with the stats report's rules and errors (stats_range_invalid, stats_time_zone_invalid).
 */
export function resolveLinkPeriod(
  query: { from?: string | undefined; to?: string | undefined; tz: string },
  now: Date,
): LinkPeriod {
  const timeZone = canonicalTimeZone(query.tz);
  const range = resolveStatsRange({ from: query.from, to: query.to, timeZone, granularity: 'day', now });
  return { from: range.from, to: range.to, timeZone };
}
