import { type SQL, sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import type { AffiliateMetric } from '../../domain/reward-rules';

const DAY_MS = 86_400_000;

/** Which rows a metric sums: attributed conversions (c) or the enrollment's commission lines (l). */
const SOURCE: Record<AffiliateMetric, 'c' | 'l'> = {
  sales: 'c',
  conversions: 'c',
  revenue_minor: 'c',
  commission_minor: 'l',
};

function metricSql(metric: AffiliateMetric, since: SQL, currency: string): SQL {
  switch (metric) {
    case 'sales':
      return sql`count(*) FILTER (WHERE c.event_type = 'sale'${since})`;
    case 'conversions':
      return sql`count(*) FILTER (WHERE c.event_type IN ('lead', 'sale')${since})`;
    case 'revenue_minor':
      return sql`coalesce(sum(c.amount_minor) FILTER (WHERE c.event_type IN ('sale', 'rebill') AND c.currency = ${currency}${since}), 0)`;
    case 'commission_minor':
      return sql`coalesce(sum(l.amount_minor) FILTER (WHERE true${since}), 0)`;
  }
}

/**
 * An enrollment's totals before an event (or now), per (metric, window) reward rules or workflows
 * ask about, in one query per source: attributed conversions neither rejected nor reversed (sales,
 * conversions, revenue of sales and rebills in the program's currency) and its own commission lines
 * in that currency that were neither rejected nor reversed (commission; bonus lines left out, so a
 * bonus never counts towards the next one). Windows end at `before` and reach back N days (null:
 * lifetime); the event `excludeConversionId`, if any, is left out.
 */
export async function affiliateTotals({
  ctx,
  input,
}: ServiceCall<{
  enrollmentId: string;
  currency: string;
  before: Date;
  excludeConversionId: string | null;
  windows: { metric: AffiliateMetric; windowDays: number | null }[];
}>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const from of ['c', 'l'] as const) {
    const wanted = input.windows.filter((w) => SOURCE[w.metric] === from);
    if (wanted.length === 0) continue;
    const column = sql.raw(from === 'c' ? 'c.occurred_at' : 'l.created_at');
    const columns = wanted.map((w, i) => {
      const since =
        w.windowDays === null
          ? sql``
          : sql` AND ${column} > ${new Date(input.before.getTime() - w.windowDays * DAY_MS).toISOString()}::timestamptz`;
      return sql`${metricSql(w.metric, since, input.currency)}::bigint AS ${sql.raw(`m${i}`)}`;
    });
    const source =
      from === 'c'
        ? sql`FROM affiliate.conversions c WHERE c.enrollment_id = ${input.enrollmentId} AND c.id IS DISTINCT FROM ${input.excludeConversionId}::uuid
            AND c.status NOT IN ('rejected', 'reversed') AND c.occurred_at <= ${input.before.toISOString()}::timestamptz`
        : sql`FROM affiliate.commissions l WHERE l.enrollment_id = ${input.enrollmentId} AND l.level = 0 AND l.kind <> 'bonus'
            AND l.currency = ${input.currency} AND l.status NOT IN ('rejected', 'reversed')
            AND l.conversion_id IS DISTINCT FROM ${input.excludeConversionId}::uuid AND l.created_at <= ${input.before.toISOString()}::timestamptz`;
    const { rows } = await ctx.db.execute(sql`SELECT ${sql.join(columns, sql`, `)} ${source}`);
    const row = rows[0] as Record<string, string | number>;
    for (const [i, w] of wanted.entries()) out.set(`${w.metric}:${w.windowDays}`, Number(row[`m${i}`] ?? 0));
  }
  return out;
}
