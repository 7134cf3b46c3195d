import { z } from 'zod';
import { ClickRejectReason } from '../../schema/enums';
import { AppError, ValidationError } from '../errors/app-error';
import { COUNTRY_CODES } from '../contracts/iso-codes';
import { decodeStatsCursor, type StatsKeyset } from './stats-cursor';
import { resolveStatsRange, STATS_GRANULARITIES, type StatsGranularity, type StatsRange } from './stats-range';
import {
  chooseStatsSource,
  ID_DIMENSIONS,
  type MetricGroup,
  STATS_DIMENSIONS,
  type StatsDimension,
  type StatsSource,
} from './stats-sources';
import { canonicalTimeZone } from './stats-time-zone';

/** Who reads the report: affiliates never see other affiliates, so they cannot group or filter by one. */
export type StatsAudience = 'advertiser' | 'affiliate' | 'platform';

/** Orderings a report can be ranked by: time, or a count (money is per currency, so it ranks nothing). */
export const STATS_SORT_KEYS = [
  'time',
  'clicks',
  'uniqueClicks',
  'rejectedClicks',
  'leads',
  'sales',
  'conversions',
  'visitors',
] as const;
export type StatsSortKey = (typeof STATS_SORT_KEYS)[number];

/** Orderings of the lifetime totals per enrollment. */
export const TOTALS_SORT_KEYS = ['clicks', 'conversions', 'earnings', 'epc'] as const;
export type TotalsSortKey = (typeof TOTALS_SORT_KEYS)[number];

export const DEFAULT_STATS_LIMIT = 100;
export const MAX_STATS_LIMIT = 1000;
const MAX_FILTER_VALUES = 50;
/** One filter parameter: room for 50 ids (36 characters and a comma each). */
export const MAX_FILTER_CHARS = 1_900;
/**
 * All of a report's query parameters together. Each parameter has its own bound, but 19 filters at
 * their bound would still make a URL the runtime refuses before the Worker runs (431, no error body);
 * under this budget every valid request fits with room for the headers.
 */
export const MAX_REPORT_QUERY_CHARS = 6_000;

const dateOrTime = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .describe('A local date (YYYY-MM-DD, in tz) or an ISO 8601 time on a whole hour');
const filterParam = (what: string) =>
  z
    .string()
    .max(MAX_FILTER_CHARS)
    .optional()
    .describe(`Only these ${what}; up to ${MAX_FILTER_VALUES} values separated by commas`);

const filterShape = Object.fromEntries(
  STATS_DIMENSIONS.map((d) => [d, filterParam(d === 'reason' ? 'reject reasons' : `${d} values`)]),
) as Record<StatsDimension, ReturnType<typeof filterParam>>;

/**
 * Refuses a query whose parameters together exceed MAX_REPORT_QUERY_CHARS (400 validation_failed,
 * details code query_too_long). Applied last: zod cannot omit or extend a schema with a refinement.
 */
export function withinQueryBudget<T extends z.ZodObject>(schema: T): T {
  return schema.superRefine((query, ctx) => {
    const chars = Object.values(query as Record<string, unknown>).reduce<number>(
      (n, v) => n + (typeof v === 'string' ? v.length : 0),
      0,
    );
    if (chars > MAX_REPORT_QUERY_CHARS)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `The parameters add up to ${chars} characters; at most ${MAX_REPORT_QUERY_CHARS}`,
        params: { code: 'query_too_long' },
      });
  }) as T;
}

/** The report request as the query string carries it; the routes share it (affiliates without `affiliate`). */
const reportQueryShape = z.strictObject({
  from: dateOrTime.optional().describe('Start: a local date (YYYY-MM-DD in tz) or an ISO time on a whole hour'),
  to: dateOrTime.optional().describe('End: a local date (inclusive) or an ISO time (exclusive); default today'),
  tz: z.string().max(64).default('UTC').describe('IANA time zone of the buckets and local dates, e.g. Europe/Moscow'),
  granularity: z.enum(STATS_GRANULARITIES).default('day').describe('Time buckets; total for one row per group'),
  groupBy: z
    .string()
    .max(200)
    .optional()
    .describe(`Up to two of ${STATS_DIMENSIONS.join(', ')}, separated by a comma`),
  compare: z.enum(['previous']).optional().describe('Add the previous period of the same length to each row'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_STATS_LIMIT)
    .default(DEFAULT_STATS_LIMIT)
    .describe(`Rows per page, 1–${MAX_STATS_LIMIT}`),
  cursor: z.string().max(2_000).optional().describe('nextCursor of the previous page'),
  sort: z
    .enum(STATS_SORT_KEYS)
    .optional()
    .describe('Rank by; default time for time buckets, else clicks (visitors when grouped by edition)'),
  direction: z.enum(['asc', 'desc']).optional().describe('Default asc for time, desc for counts'),
  ...filterShape,
});
export const statsReportQuery = withinQueryBudget(reportQueryShape);
export type StatsReportQuery = z.infer<typeof statsReportQuery>;

/** The affiliate's variant: no other affiliates to filter on. */
export const affiliateStatsReportQuery = withinQueryBudget(reportQueryShape.omit({ affiliate: true }));

/** The platform's variant: across advertisers, or one. */
export const platformStatsReportQuery = withinQueryBudget(
  reportQueryShape.extend({
    organizationId: z.uuid().optional().describe('Only this advertiser; all of them when absent'),
  }),
);

/** A validated report request, free of HTTP and storage. */
export interface StatsReportRequest {
  timeZone: string;
  granularity: StatsGranularity;
  range: StatsRange;
  groupBy: StatsDimension[];
  filters: Partial<Record<StatsDimension, string[]>>;
  compare: boolean;
  limit: number;
  sort: StatsSortKey;
  direction: 'asc' | 'desc';
  /** Names the ordering; cursors carry it. */
  ordering: string;
  after: StatsKeyset | null;
  source: StatsSource;
}

/** What a total ranks by when the request names nothing: the source's first kind of traffic. */
function defaultTotalSort(source: StatsSource): StatsSortKey {
  if (source.metrics.includes('clicks')) return 'clicks';
  if (source.metrics.includes('visitors')) return 'visitors';
  return 'rejectedClicks';
}

function dimension(name: string, audience: StatsAudience): StatsDimension {
  const known = (STATS_DIMENSIONS as readonly string[]).includes(name);
  if (!known || (audience === 'affiliate' && name === 'affiliate'))
    throw new AppError(
      'stats_dimension_unknown',
      `${name} is not a dimension; use ${STATS_DIMENSIONS.filter((d) => audience !== 'affiliate' || d !== 'affiliate').join(', ')}`,
    );
  return name as StatsDimension;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function filterValues(d: StatsDimension, raw: string): string[] {
  const values = [...new Set(raw.split(',').map((v) => v.trim()))].filter((v) => v !== '');
  const bad = values.find((v) =>
    ID_DIMENSIONS.has(d)
      ? !UUID.test(v)
      : d === 'country'
        ? !COUNTRY_CODES.has(v) && v !== 'ZZ'
        : d === 'reason'
          ? !(ClickRejectReason as readonly string[]).includes(v)
          : v.length > 255,
  );
  if (values.length === 0 || values.length > MAX_FILTER_VALUES || bad !== undefined)
    throw new ValidationError('The request is not valid', [
      bad !== undefined
        ? { path: d, message: `${bad} is not a valid ${d}` }
        : {
            path: d,
            message: `1–${MAX_FILTER_VALUES} values`,
            ...(values.length > 0 ? { code: 'too_many_values' } : {}),
          },
    ]);
  return values;
}

/**
 * Turns the query into a request the storage can answer, or the 4xx that says why not: unknown
 * dimension, range, time zone, a combination no rollup holds, a sort the rollups lack, a foreign cursor.
 */
export function parseStatsReportRequest(
  query: Omit<StatsReportQuery, 'affiliate'> & { affiliate?: string | undefined },
  audience: StatsAudience,
  now: Date,
): StatsReportRequest {
  const timeZone = canonicalTimeZone(query.tz);
  const groupBy = [
    ...new Set(
      (query.groupBy ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '')
        .map((v) => dimension(v, audience)),
    ),
  ];
  if (groupBy.length > 2)
    throw new AppError('stats_combination_unsupported', 'A report groups by at most two dimensions besides time');
  const filters: Partial<Record<StatsDimension, string[]>> = {};
  for (const d of STATS_DIMENSIONS) {
    const raw = (query as Partial<Record<StatsDimension, string>>)[d];
    if (raw === undefined) continue;
    if (audience === 'affiliate' && d === 'affiliate') dimension(d, audience);
    filters[d] = filterValues(d, raw);
  }
  const source = chooseStatsSource([...groupBy, ...(Object.keys(filters) as StatsDimension[])]);
  const range = resolveStatsRange({
    from: query.from,
    to: query.to,
    timeZone,
    granularity: query.granularity,
    now,
  });
  const sort = query.sort ?? (query.granularity !== 'total' ? 'time' : defaultTotalSort(source));
  if (sort === 'time' && query.granularity === 'total')
    throw new AppError('stats_combination_unsupported', 'A total has no time to sort by');
  const needs: MetricGroup =
    sort === 'rejectedClicks'
      ? 'rejected'
      : sort === 'visitors'
        ? 'visitors'
        : ['leads', 'sales', 'conversions'].includes(sort)
          ? 'conversions'
          : 'clicks';
  if (sort !== 'time' && !source.metrics.includes(needs))
    throw new AppError(
      'stats_combination_unsupported',
      `${sort} is not kept for ${groupBy.join(', ') || 'this report'}`,
    );
  const direction = query.direction ?? (sort === 'time' ? 'asc' : 'desc');
  const ordering = [sort, direction, query.granularity, timeZone, ...groupBy].join('|');
  return {
    timeZone,
    granularity: query.granularity,
    range,
    groupBy,
    filters,
    compare: query.compare === 'previous',
    limit: query.limit,
    sort,
    direction,
    ordering,
    after: query.cursor === undefined ? null : decodeStatsCursor(ordering, query.cursor),
    source,
  };
}
