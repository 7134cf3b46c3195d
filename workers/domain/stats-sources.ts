import { SUB_KEYS } from '../contracts/sub-keys';
import { AppError } from '../errors/app-error';

/** What a report can group by and filter on, besides time. */
export const STATS_DIMENSIONS = [
  'app',
  'program',
  'affiliate',
  'link',
  'edition',
  'country',
  'device',
  'os',
  'browser',
  'reason',
  ...SUB_KEYS,
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

/** Dimensions whose values are ids. */
export const ID_DIMENSIONS = new Set<StatsDimension>(['app', 'program', 'affiliate', 'link', 'edition']);

/** Click and conversion-side metric groups; a source answers some of them, the others come back null. */
export type MetricGroup = 'clicks' | 'rejected' | 'conversions' | 'money' | 'visitors';

/**
 * One family of rollups that can answer a report: the dimensions its rows hold and the metric groups
 * it has. Listed in order of preference: the first source holding every requested dimension answers.
 */
export interface StatsSource {
  id: 'stats' | 'subs' | 'tech' | 'links' | 'rejections' | 'editions';
  dimensions: readonly StatsDimension[];
  metrics: readonly MetricGroup[];
}

const OWNERS = ['app', 'program', 'affiliate'] as const;

export const STATS_SOURCES: readonly StatsSource[] = [
  // click_stats_hourly + conversion_stats_hourly + commission_stats_hourly
  {
    id: 'stats',
    dimensions: [...OWNERS, 'country', 'device'],
    metrics: ['clicks', 'rejected', 'conversions', 'money'],
  },
  // click_subs_hourly + conversion_subs_hourly + commission_subs_hourly (one slot per row)
  { id: 'subs', dimensions: [...OWNERS, ...SUB_KEYS], metrics: ['clicks', 'conversions', 'money'] },
  // click_tech_hourly: conversions do not keep the click's OS or browser
  { id: 'tech', dimensions: [...OWNERS, 'device', 'os', 'browser'], metrics: ['clicks'] },
  // click_links_hourly
  { id: 'links', dimensions: [...OWNERS, 'link'], metrics: ['clicks'] },
  // click_rejections_hourly: refused clicks have no app
  { id: 'rejections', dimensions: ['program', 'affiliate', 'reason'], metrics: ['rejected'] },
  // Branded editions: their visitors (edition_visits), and conversions and commissions read by edition_id.
  // An edition's traffic has no clicks: the host is the attribution.
  { id: 'editions', dimensions: [...OWNERS, 'edition'], metrics: ['visitors', 'conversions', 'money'] },
];

/**
 * The source answering a report over `dimensions` (group-by and filters together), or a
 * stats_combination_unsupported error. Sub rollups keep one slot per row, so two slots never combine.
 */
export function chooseStatsSource(dimensions: readonly StatsDimension[]): StatsSource {
  const wanted = [...new Set(dimensions)];
  const subs = wanted.filter((d) => (SUB_KEYS as readonly string[]).includes(d));
  if (subs.length > 1)
    throw new AppError(
      'stats_combination_unsupported',
      `Sub values are kept per slot: ${subs.join(' and ')} cannot be combined in one report`,
    );
  const source = STATS_SOURCES.find((s) => wanted.every((d) => s.dimensions.includes(d)));
  if (!source)
    throw new AppError(
      'stats_combination_unsupported',
      `No rollup holds ${wanted.join(' with ')} together; see docs/stats.md for the combinations answered`,
    );
  return source;
}
