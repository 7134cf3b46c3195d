import { resolveDateRange } from '../../lib/date-range';
import type { StatsQuery } from '../../queries/affiliate-stats';
import type { StatsSearch } from '../../routes/_app/affiliate/$orgId/stats';

import { SUB_KEYS as SLOT_KEYS } from '../../../../workers/contracts/sub-keys';

// The same lists as the route's validateSearch; `satisfies` keeps them in step without a runtime import,
// which would move the route module out of the entry chunk into one the login page loads too.
export const SUB_KEYS = SLOT_KEYS satisfies readonly NonNullable<StatsSearch['subKey']>[];
export type SubKey = (typeof SUB_KEYS)[number];
export const DEVICES = ['desktop', 'mobile', 'tablet', 'unknown'] as const satisfies readonly NonNullable<
  StatsSearch['device']
>[];
export const BREAKDOWNS = ['program', 'country', 'device', ...SUB_KEYS] as const satisfies readonly NonNullable<
  StatsSearch['by']
>[];
export type Breakdown = (typeof BREAKDOWNS)[number];
export type { StatsSearch };

/**
 * Breakdowns the rollups can answer with these filters: sub values are kept one slot per row, apart
 * from country and device, so a sub filter allows only program and that slot, and country or device none.
 */
export function allowedBreakdowns(search: StatsSearch): Breakdown[] {
  if (search.subKey && search.subValue) return ['program', search.subKey];
  if (search.country || search.device) return ['program', 'country', 'device'];
  return [...BREAKDOWNS];
}

export function breakdownOf(search: StatsSearch): Breakdown {
  const by = search.by ?? 'program';
  return allowedBreakdowns(search).includes(by) ? by : 'program';
}

/**
 * The browser's IANA zone; the rollups are hourly, so a zone off UTC by a part of an hour (India, +5:30)
 * cannot be cut into days exactly and the report is read in UTC instead (the page says so).
 */
export function reportTimeZone(): string {
  return new Date().getTimezoneOffset() % 60 === 0 ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';
}

/** The report filters every view of the page shares, in the user's own time zone. */
export function baseStatsQuery(search: StatsSearch): StatsQuery {
  const { from, to } = resolveDateRange(search);
  const query: StatsQuery = { from, to, tz: reportTimeZone() };
  if (search.program) query.program = search.program;
  if (search.country) query.country = search.country;
  if (search.device) query.device = search.device;
  if (search.subKey && search.subValue) query[search.subKey] = search.subValue;
  return query;
}
