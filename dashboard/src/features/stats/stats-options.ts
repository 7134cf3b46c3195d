import { type DateRangeSearch, resolveDateRange } from '@/lib/date-range';
import { BREAKDOWNS, DEVICES, OWNER_BREAKDOWNS, SUB_KEYS } from './stats-lists';

export { BREAKDOWNS, DEVICES, OWNER_BREAKDOWNS, SUB_KEYS };
export type SubKey = (typeof SUB_KEYS)[number];
export type Device = (typeof DEVICES)[number];
export type Breakdown = (typeof BREAKDOWNS)[number];

/**
 * What a stats page keeps in its URL; each route's validateSearch declares the part it offers (the
 * affiliate's has no app or affiliate) and `satisfies` this shape.
 */
export type StatsSearch = DateRangeSearch & {
  program?: string | undefined;
  app?: string | undefined;
  affiliate?: string | undefined;
  country?: string | undefined;
  device?: Device | undefined;
  subKey?: SubKey | undefined;
  subValue?: string | undefined;
  clickId?: string | undefined;
  by?: Breakdown | undefined;
  sort?: string | undefined;
};

/** The report filters a stats page sends, by the dimension names of the report API. */
export type StatsFilterQuery = {
  from?: string;
  to?: string;
  tz?: string;
  program?: string;
  app?: string;
  affiliate?: string;
  country?: string;
  device?: string;
} & Partial<Record<SubKey, string>>;

/**
 * Breakdowns the rollups can answer with these filters: sub values are kept one slot per row, apart
 * from country and device, so a sub filter allows only the owners and that slot, and country or device
 * none. `owners` are the owner dimensions the reader may group by.
 */
export function allowedBreakdowns(search: StatsSearch, owners: readonly Breakdown[] = ['program']): Breakdown[] {
  if (search.subKey && search.subValue) return [...owners, search.subKey];
  if (search.country || search.device) return [...owners, 'country', 'device'];
  return [...owners, 'edition', 'country', 'device', ...SUB_KEYS];
}

export function breakdownOf(search: StatsSearch, owners: readonly Breakdown[] = ['program']): Breakdown {
  const by = search.by ?? 'program';
  return allowedBreakdowns(search, owners).includes(by) ? by : 'program';
}

/**
 * The browser's IANA zone; the rollups are hourly, so a zone off UTC by a part of an hour (India, +5:30)
 * cannot be cut into days exactly and the report is read in UTC instead (the page says so).
 */
export function reportTimeZone(): string {
  return new Date().getTimezoneOffset() % 60 === 0 ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';
}

/** The report filters every view of the page shares, in the user's own time zone. */
export function baseStatsQuery(search: StatsSearch): StatsFilterQuery {
  const { from, to } = resolveDateRange(search);
  const query: StatsFilterQuery = { from, to, tz: reportTimeZone() };
  if (search.program) query.program = search.program;
  if (search.app) query.app = search.app;
  if (search.affiliate) query.affiliate = search.affiliate;
  if (search.country) query.country = search.country;
  if (search.device) query.device = search.device;
  if (search.subKey && search.subValue) query[search.subKey] = search.subValue;
  return query;
}

type BreakdownSort = 'clicks' | 'uniqueClicks' | 'conversions' | 'visitors';

/** What the breakdown table ranks by: editions have visitors, not clicks; the others have no visitors. */
export function breakdownSort(by: Breakdown, sort: string | undefined): string {
  const key = sort?.replace(/^-/, '');
  const keys: string[] = by === 'edition' ? ['visitors', 'conversions'] : ['clicks', 'uniqueClicks', 'conversions'];
  if (sort && key && keys.includes(key)) return sort;
  return `-${keys[0]}`;
}

/** The breakdown table's request beside the filters: one total row per group, ranked as the URL says. */
export function breakdownRequest(by: Breakdown, requested: string | undefined) {
  const sort = breakdownSort(by, requested);
  const descending = sort.startsWith('-');
  const sortKey = sort.replace(/^-/, '') as BreakdownSort;
  return {
    granularity: 'total' as const,
    groupBy: by,
    sort: sortKey,
    direction: (descending ? 'desc' : 'asc') as 'asc' | 'desc',
    limit: 50,
  };
}
