// The stats benchmark's reference answers: the same reports computed from the raw clicks,
// conversions and commissions with plain GROUP BY, and a canonical form of both answers so
// the bench can check that the rollups say exactly what the raw rows say.
import type { Pool } from '@neondatabase/serverless';
import type { AdvertiserReport, AffiliateReport } from '../../workers/services/stats';

export type RawDim = 'program' | 'country' | 'device' | 'affiliate' | 'sub1';

export interface RawQuery {
  from: Date;
  to: Date;
  granularity: 'day' | 'week' | 'total';
  groupBy: RawDim[];
  organizationId?: string;
  /** Affiliate scope: its own clicks and conversions, its own level-0 lines. */
  affiliateId?: string;
  withRevenue: boolean;
  /** Rank by clicks, descending, and keep this many groups (as sort=clicks&limit=). */
  topByClicks?: number;
}

const VOID = `('rejected', 'reversed')`;
const NONE = `'00000000-0000-0000-0000-000000000000'`;

const bucket = (g: RawQuery['granularity'], column: string) =>
  g === 'total'
    ? '0::float8'
    : `extract(epoch FROM date_trunc('${g}', ${column} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')::float8`;

/** A dimension's value on the clicks (k) side and on the conversions (v) + attributed click (k) side. */
function dimColumn(d: RawDim, owner = 'k'): string {
  switch (d) {
    case 'program':
      return `${owner}.program_id::text`;
    case 'affiliate':
      return `coalesce(${owner}.affiliate_id, ${NONE})::text`;
    case 'country':
      return `coalesce(k.country, 'ZZ')::text`;
    case 'device':
      return `coalesce(k.device_type, 'unknown')`;
    case 'sub1':
      return 'k.sub1';
  }
}
const convDim = (d: RawDim) => dimColumn(d, 'v');

export interface CanonicalRow {
  key: string;
  clicks: number;
  line: string;
}

interface Group {
  b: number;
  d1: string;
  d2: string;
  counts: number[];
  money: Map<string, [number, number]>;
}

/** The report computed from clicks, conversions and commissions; one canonical line per group. */
export async function rawReport(pool: Pool, q: RawQuery): Promise<string[]> {
  const subs = q.groupBy.includes('sub1');
  const dims = (f: (d: RawDim) => string) =>
    `${q.groupBy[0] ? f(q.groupBy[0]) : `''`} AS d1, ${q.groupBy[1] ? f(q.groupBy[1]) : `''`} AS d2`;
  const params: unknown[] = [q.from.toISOString(), q.to.toISOString()];
  const orgP = q.organizationId ? `$${params.push(q.organizationId)}::uuid` : null;
  const affP = q.affiliateId ? `$${params.push(q.affiliateId)}::uuid` : null;
  const scope = (org: string, aff: string) =>
    (orgP ? ` AND ${org} = ${orgP}` : '') + (affP ? ` AND ${aff} = ${affP}` : '');
  const clickSql = `SELECT ${bucket(q.granularity, 'k.clicked_at')} AS b, ${dims((d) => dimColumn(d))},
      count(*) FILTER (WHERE k.status = 'accepted')::float8 AS clicks, count(*) FILTER (WHERE k.is_unique)::float8 AS uniq,
      count(*) FILTER (WHERE k.status = 'rejected')::float8 AS rej
    FROM affiliate.clicks k
    WHERE k.clicked_at >= $1::timestamptz AND k.clicked_at < $2::timestamptz
      AND k.program_id IS NOT NULL AND k.organization_id IS NOT NULL AND k.app_id IS NOT NULL
      ${subs ? `AND k.status = 'accepted' AND k.sub1 IS NOT NULL` : ''}${scope('k.organization_id', 'k.affiliate_id')}
    GROUP BY 1, 2, 3`;
  const needClick = q.groupBy.some((d) => d !== 'program' && d !== 'affiliate');
  const join = needClick ? 'LEFT JOIN affiliate.clicks k ON k.id = v.click_id' : '';
  const live = (type: string) => `count(*) FILTER (WHERE v.event_type = '${type}' AND v.status NOT IN ${VOID})::float8`;
  const convSql = `SELECT ${bucket(q.granularity, 'v.occurred_at')} AS b, ${dims(convDim)}, coalesce(v.currency, 'XXX')::text AS currency,
      ${live('lead')}, ${live('sale')}, ${live('rebill')}, ${live('refund')}, ${live('cancel')},
      count(*) FILTER (WHERE v.status = 'pending' AND v.event_type <> 'click')::float8,
      count(*) FILTER (WHERE v.status = 'flagged' AND v.event_type <> 'click')::float8,
      count(*) FILTER (WHERE v.status IN ${VOID} AND v.event_type <> 'click')::float8,
      coalesce(sum(v.amount_minor) FILTER (WHERE v.status NOT IN ${VOID}), 0)::text AS revenue
    FROM affiliate.conversions v ${join}
    WHERE v.occurred_at >= $1::timestamptz AND v.occurred_at < $2::timestamptz
      ${subs ? 'AND k.id IS NOT NULL AND k.sub1 IS NOT NULL' : ''}${scope('v.organization_id', 'v.affiliate_id')}
    GROUP BY 1, 2, 3, 4`;
  const levelZero = q.affiliateId || subs;
  const lineSql = `SELECT ${bucket(q.granularity, 'v.occurred_at')} AS b, ${dims(convDim)}, c.currency::text AS currency,
      sum(c.amount_minor)::text AS payout
    FROM affiliate.commissions c JOIN affiliate.conversions v ON v.id = c.conversion_id ${join}
    WHERE v.occurred_at >= $1::timestamptz AND v.occurred_at < $2::timestamptz AND c.status NOT IN ${VOID}
      ${levelZero ? 'AND c.level = 0' : ''} ${affP ? `AND c.beneficiary_id = ${affP}` : ''}
      ${subs ? 'AND k.id IS NOT NULL AND k.sub1 IS NOT NULL' : ''}${scope('v.organization_id', 'v.affiliate_id')}
    GROUP BY 1, 2, 3, 4`;
  const [clicks, conversions, lines] = await Promise.all([
    pool.query({ text: clickSql, values: params, rowMode: 'array' }),
    pool.query({ text: convSql, values: params, rowMode: 'array' }),
    pool.query({ text: lineSql, values: params, rowMode: 'array' }),
  ]);
  const groups = new Map<string, Group>();
  const group = (b: number, d1: string, d2: string) => {
    const key = JSON.stringify([b, d1, d2]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { b, d1, d2, counts: Array(11).fill(0), money: new Map() }));
    return g;
  };
  for (const r of clicks.rows as unknown[][]) {
    const g = group(Number(r[0]), String(r[1]), String(r[2]));
    g.counts[0] = Number(r[3]);
    g.counts[1] = Number(r[4]);
    g.counts[2] = Number(r[5]);
  }
  for (const r of conversions.rows as unknown[][]) {
    const g = group(Number(r[0]), String(r[1]), String(r[2]));
    for (let i = 0; i < 8; i++) g.counts[3 + i]! += Number(r[4 + i]);
    const currency = String(r[3]);
    if (q.withRevenue && currency !== 'XXX') {
      const m = g.money.get(currency) ?? [0, 0];
      m[0] += Number(r[12]);
      g.money.set(currency, m);
    }
  }
  for (const r of lines.rows as unknown[][]) {
    const g = group(Number(r[0]), String(r[1]), String(r[2]));
    const currency = String(r[3]);
    const m = g.money.get(currency) ?? [0, 0];
    m[1] += Number(r[4]);
    g.money.set(currency, m);
  }
  let all = [...groups.values()];
  if (q.topByClicks !== undefined) {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    all = all
      .sort((x, y) => y.counts[0]! - x.counts[0]! || x.b - y.b || cmp(x.d1, y.d1) || cmp(x.d2, y.d2))
      .slice(0, q.topByClicks);
  }
  return all.map((g) => canonical(g.b, g.d1, g.d2, g.counts, g.money, subs)).sort();
}

function canonical(
  b: number,
  d1: string,
  d2: string,
  counts: number[],
  money: Map<string, [number, number]>,
  subs: boolean,
): string {
  // Sub rollups keep no rejected clicks; a currency whose revenue and payout are both 0 says nothing.
  const c = subs ? [counts[0], counts[1], '-', ...counts.slice(3)] : counts;
  const m = [...money.entries()]
    .filter(([, [rev, pay]]) => rev !== 0 || pay !== 0)
    .sort(([a], [z]) => (a < z ? -1 : 1))
    .map(([cur, [rev, pay]]) => `${cur}:${rev}/${pay}`);
  return `${b}|${d1}|${d2}|${c.join(',')}|${m.join(';')}`;
}

/** The service's report in the same canonical form. */
export function canonicalReport(report: AdvertiserReport | AffiliateReport): string[] {
  const subs = report.source === 'subs';
  return report.rows
    .map((row) => {
      const b = row.bucket === null ? 0 : new Date(row.bucket).getTime() / 1000;
      const [g1, g2] = report.groupBy;
      const m = row.metrics;
      const counts = [
        m.clicks,
        m.uniqueClicks,
        m.rejectedClicks,
        m.leads,
        m.sales,
        m.rebills,
        m.refunds,
        m.cancellations,
        m.pendingConversions,
        m.flaggedConversions,
        m.rejectedConversions,
      ].map((n) => n ?? 0);
      const money = new Map<string, [number, number]>(
        row.money.map((x) => [x.currency, ['revenueMinor' in x ? x.revenueMinor : 0, x.payoutMinor]]),
      );
      return canonical(
        b,
        g1 ? (row.dimensions[g1] ?? '') : '',
        g2 ? (row.dimensions[g2] ?? '') : '',
        counts,
        money,
        subs,
      );
    })
    .sort();
}

/** Equal canonical answers, or the first few differences. */
export function diffAnswers(rollup: string[], raw: string[]): string | null {
  const a = new Set(rollup);
  const b = new Set(raw);
  const onlyRollup = rollup.filter((x) => !b.has(x));
  const onlyRaw = raw.filter((x) => !a.has(x));
  if (onlyRollup.length === 0 && onlyRaw.length === 0 && rollup.length === raw.length) return null;
  return [
    `${rollup.length} rollup rows, ${raw.length} raw rows`,
    ...onlyRollup.slice(0, 3).map((x) => `  rollup only: ${x}`),
    ...onlyRaw.slice(0, 3).map((x) => `  raw only:    ${x}`),
  ].join('\n');
}
