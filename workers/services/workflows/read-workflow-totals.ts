import { sql } from 'drizzle-orm';
import type { WorkflowMetric } from '../../../schema/enums';
import type { ServiceCall } from '../../context';

const DAY_MS = 86_400_000;

/** Which rows a metric sums: attributed conversions (c) or the enrollment's own commission lines (l). */
const FROM: Record<WorkflowMetric, 'c' | 'l'> = {
  sales: 'c',
  conversions: 'c',
  revenue_minor: 'c',
  commission_minor: 'l',
};

function metricSql(metric: WorkflowMetric, since: ReturnType<typeof sql>, currency: string) {
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

/** The key a total is kept under in the returned map. */
export const totalKey = (metric: WorkflowMetric, windowDays: number | null) => `${metric}:${windowDays}`;

/**
 * An enrollment's totals now, per (metric, window) its workflows read, counted as the reward rules
 * count them: conversions neither rejected nor reversed, commission lines of level 0 in the program's
 * currency neither rejected nor reversed. Bonus lines are left out of the commission total, so a
 * bonus never counts towards the next one.
 */
export async function readWorkflowTotals({
  ctx,
  input,
}: ServiceCall<{
  enrollmentId: string;
  currency: string;
  windows: { metric: WorkflowMetric; windowDays: number | null }[];
}>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const from of ['c', 'l'] as const) {
    const wanted = input.windows.filter((w) => FROM[w.metric] === from);
    if (wanted.length === 0) continue;
    const column = sql.raw(from === 'c' ? 'c.occurred_at' : 'l.created_at');
    const columns = wanted.map((w, i) => {
      const since =
        w.windowDays === null
          ? sql``
          : sql` AND ${column} > ${new Date(ctx.now.getTime() - w.windowDays * DAY_MS).toISOString()}::timestamptz`;
      return sql`${metricSql(w.metric, since, input.currency)}::bigint AS ${sql.raw(`m${i}`)}`;
    });
    const source =
      from === 'c'
        ? sql`FROM affiliate.conversions c WHERE c.enrollment_id = ${input.enrollmentId}
            AND c.status NOT IN ('rejected', 'reversed')`
        : sql`FROM affiliate.commissions l WHERE l.enrollment_id = ${input.enrollmentId} AND l.level = 0
            AND l.kind <> 'bonus' AND l.currency = ${input.currency} AND l.status NOT IN ('rejected', 'reversed')`;
    const { rows } = await ctx.db.execute(sql`SELECT ${sql.join(columns, sql`, `)} ${source}`);
    const row = rows[0] as Record<string, string | number>;
    for (const [i, w] of wanted.entries()) out.set(totalKey(w.metric, w.windowDays), Number(row[`m${i}`] ?? 0));
  }
  return out;
}
