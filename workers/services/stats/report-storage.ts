import { type SQL, sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import type { StatsKeyset } from '../../domain/stats-cursor';
import type { StatsReportRequest, TotalsSortKey } from '../../domain/stats-request';
import type { StatsDimension } from '../../domain/stats-sources';
import { SUB_KEYS } from '../../contracts/sub-keys';
import { clickRollupRows, DERIVED_THROUGH, type HourlyClickRollup } from '../click-rollup-ctes';
import type { ReportMetrics } from './types';
import { editionCommissionRows, editionConversionRows, editionVisitRows } from './edition-rows-sql';

// The only module that knows the rollup tables: everything above it speaks StatsReportRequest and
// plain rows, so the reports could move to another store by replacing this file.

/** Whose rows a report may read. Affiliate scope also narrows payout to the affiliate's own level-0 lines. */
export interface StatsScope {
  organizationId?: string;
  affiliateId?: string;
}

/** A period to aggregate and how its times line up with the requested one (zero for the request itself). */
export interface StatsPeriod {
  from: Date;
  to: Date;
  shift: { days: number; seconds: number };
}

/** One group's sums; null where the answering rollups hold no such metric. */
export interface StoredCounts
  extends Pick<
    ReportMetrics,
    | 'visitors'
    | 'clicks'
    | 'uniqueClicks'
    | 'rejectedClicks'
    | 'leads'
    | 'sales'
    | 'rebills'
    | 'refunds'
    | 'cancellations'
  > {
  bucket: number;
  first: string;
  second: string;
  sortValue: number;
  pending: number | null;
  flagged: number | null;
  rejected: number | null;
}

export interface StoredMoney {
  bucket: number;
  first: string;
  second: string;
  currency: string;
  revenueMinor: number;
  payoutMinor: number;
}

export type GroupKey = Pick<StoredCounts, 'bucket' | 'first' | 'second'>;

const SOURCE_TABLES = {
  stats: {
    clicks: 'click_stats_hourly',
    conversions: 'conversion_stats_hourly',
    commissions: 'commission_stats_hourly',
  },
  subs: { clicks: 'click_subs_hourly', conversions: 'conversion_subs_hourly', commissions: 'commission_subs_hourly' },
  tech: { clicks: 'click_tech_hourly', conversions: null, commissions: null },
  links: { clicks: 'click_links_hourly', conversions: null, commissions: null },
  rejections: { clicks: 'click_rejections_hourly', conversions: null, commissions: null },
  // Read from raw rows (edition-rows-sql.ts); the names only mark that the source has both sides.
  editions: { clicks: 'edition_visits', conversions: 'conversions', commissions: 'commissions' },
} as const;

const DIMENSION_COLUMNS: Record<Exclude<StatsDimension, (typeof SUB_KEYS)[number]>, string> = {
  app: 'app_id',
  program: 'program_id',
  affiliate: 'affiliate_id',
  link: 'link_id',
  edition: 'edition_id',
  country: 'country',
  device: 'device_type',
  os: 'os',
  browser: 'browser',
  reason: 'reason',
};

const isSub = (d: StatsDimension) => (SUB_KEYS as readonly string[]).includes(d);
const columnOf = (d: StatsDimension) =>
  sql.raw(isSub(d) ? 'value' : DIMENSION_COLUMNS[d as keyof typeof DIMENSION_COLUMNS]);
const table = (name: string) => sql.raw(`affiliate.${name}`);
const VOID = sql.raw(`('rejected', 'reversed')`);

/** The bucket's start as epoch seconds: the hour moved by the period's shift, truncated in the caller's zone. */
function bucketOf(req: StatsReportRequest, period: StatsPeriod): SQL {
  const local = sql`((hour + make_interval(secs => ${period.shift.seconds}::float8)) AT TIME ZONE ${req.timeZone}) + make_interval(days => ${period.shift.days}::int)`;
  return sql`extract(epoch from (date_trunc(${req.granularity}, ${local}) AT TIME ZONE ${req.timeZone}))::float8`;
}

/**
 * The rows of `from` matching `where`, summed per group: columns b (bucket), d1, d2, then `extra`,
 * then each measure by name. Rows are summed per hour first, so the time-zone arithmetic of a
 * bucket runs once per hour of the range (720 for a month), not once per rollup row.
 */
function grouped(
  req: StatsReportRequest,
  period: StatsPeriod,
  from: SQL,
  where: SQL,
  measures: [name: string, aggregate: SQL][],
  extra: string[] = [],
): SQL {
  const [first, second] = req.groupBy;
  const dim = (d: StatsDimension | undefined) => (d ? sql`${columnOf(d)}::text` : sql`''`);
  const keys = [
    sql`${dim(first)} AS d1`,
    sql`${dim(second)} AS d2`,
    ...extra.map((e) => sql.raw(`${e}::text AS ${e}`)),
  ];
  const sums = measures.map(([name, aggregate]) => sql`${aggregate} AS ${sql.raw(name)}`);
  const selected = sql.join([...keys, ...sums], sql`, `);
  /** The keys' positions in a select list whose first key is column `first`. */
  const keyPositions = (first: number) => sql.raw(keys.map((_, i) => i + first).join(', '));
  if (req.granularity === 'total')
    return sql`SELECT 0::float8 AS b, g.* FROM (SELECT ${selected} FROM ${from} WHERE ${where} GROUP BY ${keyPositions(1)}) g`;
  const outerKeys = sql.raw(['d1', 'd2', ...extra].join(', '));
  const outerSums = sql.raw(measures.map(([name]) => `sum(${name})::float8 AS ${name}`).join(', '));
  return sql`SELECT ${bucketOf(req, period)} AS b, ${outerKeys}, ${outerSums}
    FROM (SELECT hour, ${selected} FROM ${from} WHERE ${where} GROUP BY 1, ${keyPositions(2)}) g
    GROUP BY 1, ${keyPositions(2)}`;
}

/** Range, tenant scope, filters and the sub slot, for any rollup of the request's source. */
function whereOf(
  req: StatsReportRequest,
  scope: StatsScope,
  period: StatsPeriod,
  side: 'clicks' | 'conversions' | 'commissions',
): SQL {
  const parts: SQL[] = [
    sql`hour >= ${period.from.toISOString()}::timestamptz`,
    sql`hour < ${period.to.toISOString()}::timestamptz`,
  ];
  if (scope.organizationId) parts.push(sql`organization_id = ${scope.organizationId}::uuid`);
  if (scope.affiliateId) parts.push(sql`affiliate_id = ${scope.affiliateId}::uuid`);
  if (side === 'commissions' && scope.affiliateId && (req.source.id === 'stats' || req.source.id === 'editions'))
    parts.push(sql`level = 0 AND beneficiary_id = ${scope.affiliateId}::uuid`);
  const slot = [...req.groupBy, ...(Object.keys(req.filters) as StatsDimension[])].find(isSub);
  if (slot) parts.push(sql`slot = ${Number(slot.slice(3))}::smallint`);
  for (const [d, values] of Object.entries(req.filters) as [StatsDimension, string[]][]) {
    parts.push(
      sql`${columnOf(d)}::text IN (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`,
    );
  }
  return sql.join(parts, sql` AND `);
}

const DAY_MS = 86_400_000;
const STATS_COLUMNS = 'hour, organization_id, app_id, program_id, affiliate_id, clicks, unique_clicks, rejected_clicks';
const SUBS_COLUMNS = 'hour, organization_id, slot, value, clicks, unique_clicks';
/** The first UTC day the daily rollups do not hold whole (the click-rollups job has not reached its end). */
const DERIVED_DAYS_END = sql`date_trunc('day', ${DERIVED_THROUGH}, 'UTC')`;

/** An hourly click rollup's rows, the hours the click-rollups job has not summed yet included. */
const hourlyRows = (hourly: HourlyClickRollup) => sql`${clickRollupRows(hourly)} AS h`;

/**
 * The click rows a report reads: the coarsest rollup holding every dimension it groups or filters
 * by. Reports without time buckets read whole UTC days from a daily rollup and the partial days at
 * the range's edges from the hourly one, so a range in any time zone still sums exactly. The
 * rollups hold the hours the click-rollups job has summed; the hours since come from the raw clicks.
 */
function clickRows(req: StatsReportRequest, scope: StatsScope, period: StatsPeriod): SQL {
  if (req.source.id === 'editions') return editionVisitRows(period);
  const hourly = SOURCE_TABLES[req.source.id].clicks as HourlyClickRollup;
  const wanted = new Set<StatsDimension>([...req.groupBy, ...(Object.keys(req.filters) as StatsDimension[])]);
  const within = (...allowed: StatsDimension[]) => [...wanted].every((d) => allowed.includes(d));
  const advertiserWide = !scope.affiliateId;
  if (req.source.id === 'stats' && advertiserWide && within('app', 'program'))
    return hourlyRows('click_program_hourly');
  if (req.source.id === 'stats' && advertiserWide && within('country', 'device')) return hourlyRows('click_geo_hourly');
  if (req.granularity !== 'total') return hourlyRows(hourly);
  if (req.source.id === 'stats' && within('app', 'program', 'affiliate'))
    return daysAndEdges('click_enrollment_daily', hourly, STATS_COLUMNS, period);
  if (req.source.id === 'subs' && advertiserWide && within(...SUB_KEYS))
    return daysAndEdges('click_subs_daily', hourly, SUBS_COLUMNS, period);
  return hourlyRows(hourly);
}

/**
 * The conversion or commission rows a report reads: an advertiser's (or the platform's) report by
 * time alone reads the organization-grain rollup, a few rows per hour; any dimension needs the
 * enrollment grain of its source.
 */
function conversionRows(
  req: StatsReportRequest,
  scope: StatsScope,
  period: StatsPeriod,
  enrollmentGrain: string,
  orgGrain: string,
): SQL {
  if (req.source.id === 'editions')
    return orgGrain === 'commission_org_hourly' ? editionCommissionRows(period) : editionConversionRows(period);
  const byTimeAlone = req.groupBy.length === 0 && Object.keys(req.filters).length === 0;
  return table(req.source.id === 'stats' && !scope.affiliateId && byTimeAlone ? orgGrain : enrollmentGrain);
}

function daysAndEdges(daily: string, hourly: HourlyClickRollup, columns: string, period: StatsPeriod): SQL {
  const from = period.from.getTime();
  const to = period.to.getTime();
  const firstDay = Math.ceil(from / DAY_MS) * DAY_MS;
  const endDay = Math.max(firstDay, Math.floor(to / DAY_MS) * DAY_MS);
  const at = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
  const hours = (start: number, end: number) =>
    sql`SELECT ${sql.raw(columns)} FROM ${hourlyRows(hourly)} WHERE hour >= ${at(start)} AND hour < ${at(Math.min(end, to))}`;
  // Whole days the click-rollups job has not finished come from the hourly rollup too.
  return sql`(
    SELECT ${sql.raw(columns.replace('hour', 'day AS hour'))} FROM ${table(daily)}
      WHERE day >= ${at(firstDay)} AND day < ${at(endDay)} AND day < ${DERIVED_DAYS_END}
    UNION ALL ${hours(from, firstDay)}
    UNION ALL ${hours(endDay, to)}
    UNION ALL SELECT ${sql.raw(columns)} FROM ${hourlyRows(hourly)}
      WHERE hour >= ${at(firstDay)} AND hour < ${at(endDay)} AND hour >= ${DERIVED_DAYS_END}
  ) AS days_and_edges`;
}

function clickMeasures(req: StatsReportRequest): [string, SQL][] {
  const none = sql`NULL::float8`;
  if (req.source.id === 'editions')
    return [
      ['clicks', none],
      ['unique_clicks', none],
      ['rejected_clicks', none],
      ['visitors', sql`sum(visitors)::float8`],
    ];
  if (req.source.id === 'rejections')
    return [
      ['clicks', none],
      ['unique_clicks', none],
      ['rejected_clicks', sql`sum(clicks)::float8`],
      ['visitors', none],
    ];
  return [
    ['clicks', sql`sum(clicks)::float8`],
    ['unique_clicks', sql`sum(unique_clicks)::float8`],
    ['rejected_clicks', req.source.id === 'stats' ? sql`sum(rejected_clicks)::float8` : none],
    ['visitors', none],
  ];
}

const NOT_CREDIT = sql.raw(`event_type <> 'click'`);
const countOf = (condition: SQL) => sql`coalesce(sum(conversions) FILTER (WHERE ${condition}), 0)::float8`;
const liveEvent = (type: string) => countOf(sql`event_type = ${type} AND status NOT IN ${VOID}`);

function sortExpression(req: StatsReportRequest): SQL {
  const metric = {
    time: sql`r.b`,
    clicks: sql`coalesce(r.clicks, 0)`,
    uniqueClicks: sql`coalesce(r.unique_clicks, 0)`,
    rejectedClicks: sql`coalesce(r.rejected_clicks, 0)`,
    leads: sql`coalesce(r.leads, 0)`,
    sales: sql`coalesce(r.sales, 0)`,
    conversions: sql`coalesce(r.leads, 0) + coalesce(r.sales, 0)`,
    visitors: sql`coalesce(r.visitors, 0)`,
  }[req.sort];
  return req.direction === 'desc' ? sql`-(${metric})` : metric;
}

const keyIn = (keys: GroupKey[]) =>
  sql`(r.b, r.d1, r.d2) IN (${sql.join(
    keys.map((k) => sql`(${k.bucket}::float8, ${k.first}::text, ${k.second}::text)`),
    sql`, `,
  )})`;

/**
 * Counts per group, ordered by the request's sort with (bucket, dimensions) as the tie-breaker:
 * a page after `after` of up to `limit` rows, or, with `keys`, exactly those groups.
 */
export async function readCounts({
  ctx,
  input: { req, scope, period, page },
}: ServiceCall<{
  req: StatsReportRequest;
  scope: StatsScope;
  period: StatsPeriod;
  page: { after: StatsKeyset | null; limit: number } | { keys: GroupKey[] };
}>): Promise<StoredCounts[]> {
  const { db } = ctx;
  const tables = SOURCE_TABLES[req.source.id];
  const clicks = grouped(
    req,
    period,
    clickRows(req, scope, period),
    whereOf(req, scope, period, 'clicks'),
    clickMeasures(req),
  );
  const conversions = tables.conversions
    ? grouped(
        req,
        period,
        conversionRows(req, scope, period, tables.conversions, 'conversion_org_hourly'),
        whereOf(req, scope, period, 'conversions'),
        [
          ['leads', liveEvent('lead')],
          ['sales', liveEvent('sale')],
          ['rebills', liveEvent('rebill')],
          ['refunds', liveEvent('refund')],
          ['cancellations', liveEvent('cancel')],
          // A CPC click credit is a conversion row only to carry its commission; its clicks are counted as clicks.
          ['pending', countOf(sql`status = 'pending' AND ${NOT_CREDIT}`)],
          ['flagged', countOf(sql`status = 'flagged' AND ${NOT_CREDIT}`)],
          ['rejected', countOf(sql`status IN ${VOID} AND ${NOT_CREDIT}`)],
        ],
      )
    : sql`SELECT NULL::float8 AS b, NULL::text AS d1, NULL::text AS d2, NULL::float8 AS leads, NULL::float8 AS sales,
        NULL::float8 AS rebills, NULL::float8 AS refunds, NULL::float8 AS cancellations, NULL::float8 AS pending,
        NULL::float8 AS flagged, NULL::float8 AS rejected WHERE false`;
  const sortValue = sortExpression(req);
  let tail: SQL;
  if ('keys' in page) {
    if (page.keys.length === 0) return [];
    tail = sql`WHERE ${keyIn(page.keys)}`;
  } else {
    const after = page.after
      ? sql`WHERE (${sortValue}, r.b, r.d1 COLLATE "C", r.d2 COLLATE "C") > (${page.after[0]}::float8, ${page.after[1]}::float8, ${page.after[2]}::text COLLATE "C", ${page.after[3]}::text COLLATE "C")`
      : sql``;
    tail = sql`${after} ORDER BY 4, r.b, r.d1 COLLATE "C", r.d2 COLLATE "C" LIMIT ${page.limit}`;
  }
  const result = await db.execute(sql`
    WITH c AS (${clicks}), v AS (${conversions}),
    r AS (
      SELECT k.b, k.d1, k.d2, c.visitors, c.clicks, c.unique_clicks, c.rejected_clicks, v.leads, v.sales, v.rebills,
        v.refunds, v.cancellations, v.pending, v.flagged, v.rejected
      FROM (SELECT b, d1, d2 FROM c UNION SELECT b, d1, d2 FROM v) k
      LEFT JOIN c ON c.b = k.b AND c.d1 = k.d1 AND c.d2 = k.d2
      LEFT JOIN v ON v.b = k.b AND v.d1 = k.d1 AND v.d2 = k.d2
    )
    SELECT r.b, r.d1, r.d2, ${sortValue}::float8 AS sv, r.visitors, r.clicks, r.unique_clicks, r.rejected_clicks, r.leads,
      r.sales, r.rebills, r.refunds, r.cancellations, r.pending, r.flagged, r.rejected
    FROM r ${tail}`);
  return (result.rows as Record<string, unknown>[]).map((row) => ({
    bucket: Number(row.b),
    first: String(row.d1),
    second: String(row.d2),
    sortValue: Number(row.sv),
    visitors: numberOrNull(row.visitors),
    clicks: numberOrNull(row.clicks),
    uniqueClicks: numberOrNull(row.unique_clicks),
    rejectedClicks: numberOrNull(row.rejected_clicks),
    leads: numberOrNull(row.leads),
    sales: numberOrNull(row.sales),
    rebills: numberOrNull(row.rebills),
    refunds: numberOrNull(row.refunds),
    cancellations: numberOrNull(row.cancellations),
    pending: numberOrNull(row.pending),
    flagged: numberOrNull(row.flagged),
    rejected: numberOrNull(row.rejected),
  }));
}

const numberOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Revenue and payout per group and currency for `keys`, never summed across currencies. Revenue is
 * read only when `withRevenue` (never for affiliates); payout excludes rejected and reversed lines.
 */
export async function readMoney({
  ctx,
  input: { req, scope, period, keys, withRevenue },
}: ServiceCall<{
  req: StatsReportRequest;
  scope: StatsScope;
  period: StatsPeriod;
  keys: GroupKey[];
  withRevenue: boolean;
}>): Promise<StoredMoney[]> {
  const { db } = ctx;
  const tables = SOURCE_TABLES[req.source.id];
  if (!tables.conversions || !tables.commissions || keys.length === 0) return [];
  // Money sums stay exact: float8 holds integers up to 2^53 minor units, far beyond any report.
  const revenue = withRevenue
    ? grouped(
        req,
        period,
        conversionRows(req, scope, period, tables.conversions, 'conversion_org_hourly'),
        sql`${whereOf(req, scope, period, 'conversions')} AND currency <> 'XXX' AND status NOT IN ${VOID}`,
        [
          ['revenue', sql`sum(revenue_minor)::float8`],
          ['payout', sql`0::float8`],
        ],
        ['currency'],
      )
    : null;
  const payout = grouped(
    req,
    period,
    conversionRows(req, scope, period, tables.commissions, 'commission_org_hourly'),
    sql`${whereOf(req, scope, period, 'commissions')} AND status NOT IN ${VOID}`,
    [
      ['revenue', sql`0::float8`],
      ['payout', sql`sum(amount_minor)::float8`],
    ],
    ['currency'],
  );
  const both = revenue ? sql`${revenue} UNION ALL ${payout}` : payout;
  // OFFSET 0 keeps the key list out of the scans: pushed down, it re-evaluates every row's time-zone
  // bucket once per listed key (30 per row for a month by day) instead of once.
  const result = await db.execute(sql`
    SELECT r.b, r.d1, r.d2, r.currency, sum(r.revenue)::bigint::text AS revenue, sum(r.payout)::bigint::text AS payout
    FROM (SELECT * FROM (${both}) u OFFSET 0) r WHERE ${keyIn(keys)}
    GROUP BY 1, 2, 3, 4 ORDER BY 4`);
  return (result.rows as Record<string, unknown>[]).map((row) => ({
    bucket: Number(row.b),
    first: String(row.d1),
    second: String(row.d2),
    currency: String(row.currency),
    revenueMinor: Number(row.revenue),
    payoutMinor: Number(row.payout),
  }));
}

/** The affiliate's earnings in the range per commission level and currency: its own traffic and its upline share. */
export async function readEarningsByLevel({
  ctx,
  input: { req, scope, period },
}: ServiceCall<{ req: StatsReportRequest; scope: Required<StatsScope>; period: StatsPeriod }>): Promise<
  { level: number; currency: string; amountMinor: number }[] | null
> {
  const { db } = ctx;
  // The per-level rows carry only the stats dimensions; other filters could not be applied.
  if (req.source.id !== 'stats') return null;
  const filters = Object.entries(req.filters).map(
    ([d, values]) =>
      sql`${columnOf(d as StatsDimension)}::text IN (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`,
  );
  const result = await db.execute(sql`
    SELECT level, currency::text AS currency, sum(amount_minor)::text AS amount
    FROM affiliate.commission_stats_hourly
    WHERE organization_id = ${scope.organizationId}::uuid AND beneficiary_id = ${scope.affiliateId}::uuid
      AND hour >= ${period.from.toISOString()}::timestamptz AND hour < ${period.to.toISOString()}::timestamptz
      AND status NOT IN ${VOID} ${filters.length ? sql`AND ${sql.join(filters, sql` AND `)}` : sql``}
    GROUP BY 1, 2 ORDER BY 1, 2`);
  return (result.rows as Record<string, unknown>[]).map((row) => ({
    level: Number(row.level),
    currency: String(row.currency),
    amountMinor: Number(row.amount),
  }));
}

export interface StoredEnrollmentTotals {
  enrollmentId: string;
  programId: string;
  affiliateId: string;
  clicks: number;
  uniqueClicks: number;
  conversions: number;
  earningsMinor: number;
  currency: string | null;
  sortValue: number;
}

/** Lifetime totals per enrollment from enrollment_totals, ranked with the enrollment id as tie-breaker. */
export async function readEnrollmentTotals({
  ctx,
  input: query,
}: ServiceCall<{
  organizationId: string;
  affiliateId?: string | undefined;
  programId?: string | undefined;
  currency?: string | undefined;
  sort: TotalsSortKey;
  direction: 'asc' | 'desc';
  after: { sortValue: number; enrollmentId: string } | null;
  limit: number;
}>): Promise<StoredEnrollmentTotals[]> {
  const { db } = ctx;
  const metric = {
    clicks: sql`clicks::float8`,
    conversions: sql`conversions::float8`,
    earnings: sql`earnings_minor::float8`,
    epc: sql`coalesce(earnings_minor::float8 / nullif(clicks, 0), 0)`,
  }[query.sort];
  const sortValue = query.direction === 'desc' ? sql`-(${metric})` : metric;
  const where = [sql`organization_id = ${query.organizationId}::uuid`];
  if (query.affiliateId) where.push(sql`affiliate_id = ${query.affiliateId}::uuid`);
  if (query.programId) where.push(sql`program_id = ${query.programId}::uuid`);
  if (query.currency) where.push(sql`currency = ${query.currency}`);
  const after = query.after
    ? sql`WHERE (t.sv, t.enrollment_id) > (${query.after.sortValue}::float8, ${query.after.enrollmentId}::text COLLATE "C")`
    : sql``;
  const result = await db.execute(sql`
    SELECT * FROM (
      SELECT enrollment_id::text COLLATE "C" AS enrollment_id, program_id, affiliate_id, clicks::float8 AS clicks,
        unique_clicks::float8 AS unique_clicks, conversions::float8 AS conversions,
        earnings_minor::text AS earnings_minor, currency::text AS currency, ${sortValue}::float8 AS sv
      FROM affiliate.enrollment_totals WHERE ${sql.join(where, sql` AND `)}
    ) t ${after}
    ORDER BY t.sv, t.enrollment_id LIMIT ${query.limit}`);
  return (result.rows as Record<string, unknown>[]).map((row) => ({
    enrollmentId: String(row.enrollment_id),
    programId: String(row.program_id),
    affiliateId: String(row.affiliate_id),
    clicks: Number(row.clicks),
    uniqueClicks: Number(row.unique_clicks),
    conversions: Number(row.conversions),
    earningsMinor: Number(row.earnings_minor),
    currency: row.currency === null ? null : String(row.currency),
    sortValue: Number(row.sv),
  }));
}
