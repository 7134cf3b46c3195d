import { type SQL, sql } from 'drizzle-orm';

/**
 * One statement for an enrollment's totals over several windows, as rows (metric, window_days,
 * value); a window no row falls in gives no row (its totals are 0). `windows` is a relation of
 * (metric text, window_days int, NULL: lifetime). Each source is read once, from the widest window
 * down (an index range on enrollment and time), each row counted into every window it falls in:
 * - conversions attributed to the enrollment, neither rejected nor reversed: sales, conversions
 *   (leads and sales), revenue_minor (sales and rebills in `currency`);
 * - its level-0 lines in `currency` neither rejected nor reversed, bonus and bounty lines left out (a bonus
 *   never counts towards the next one): commission_minor, dated by when the line was written.
 * Windows end at `before` and reach back N × 24 hours; the conversion `exclude` (and its lines),
 * if any, is left out.
 */
export function affiliateTotalsSql(q: {
  enrollmentId: SQL;
  currency: SQL;
  before: SQL;
  exclude: SQL;
  windows: SQL;
}): SQL {
  const since = (column: SQL) =>
    sql`(w.window_days IS NULL OR ${column} > ${q.before} - w.window_days * interval '24 hours')`;
  // The widest window as an index bound: the join alone would not narrow the scan.
  const from = (metrics: SQL) => sql`(SELECT CASE WHEN bool_or(w.window_days IS NULL) THEN '-infinity'::timestamptz
      ELSE ${q.before} - max(w.window_days) * interval '24 hours' END FROM ${q.windows} w WHERE ${metrics})`;
  const isLine = sql`w.metric = 'commission_minor'`;
  const isConversion = sql`w.metric <> 'commission_minor'`;
  return sql`
    SELECT w.metric, w.window_days, CASE w.metric WHEN 'sales' THEN t.sales WHEN 'conversions' THEN t.conversions
      ELSE t.revenue_minor END AS value
    FROM (
      SELECT w.window_days, count(*) FILTER (WHERE c.event_type = 'sale') AS sales,
        count(*) FILTER (WHERE c.event_type IN ('lead', 'sale')) AS conversions,
        coalesce(sum(c.amount_minor) FILTER (WHERE c.event_type IN ('sale', 'rebill') AND c.currency = ${q.currency}), 0) AS revenue_minor
      FROM affiliate.conversions c
      JOIN (SELECT DISTINCT w.window_days FROM ${q.windows} w WHERE ${isConversion}) w ON ${since(sql`c.occurred_at`)}
      WHERE c.enrollment_id = ${q.enrollmentId} AND c.occurred_at <= ${q.before} AND c.occurred_at > ${from(isConversion)}
        AND c.status NOT IN ('rejected', 'reversed') AND c.id IS DISTINCT FROM ${q.exclude}
      GROUP BY w.window_days
    ) t JOIN ${q.windows} w ON w.window_days IS NOT DISTINCT FROM t.window_days AND ${isConversion}
    UNION ALL
    SELECT 'commission_minor', w.window_days, coalesce(sum(l.amount_minor), 0)
    FROM affiliate.commissions l
    JOIN (SELECT DISTINCT w.window_days FROM ${q.windows} w WHERE ${isLine}) w ON ${since(sql`l.created_at`)}
    WHERE l.enrollment_id = ${q.enrollmentId} AND l.created_at <= ${q.before} AND l.created_at > ${from(isLine)}
      AND l.level = 0 AND l.kind NOT IN ('bonus', 'bounty') AND l.currency = ${q.currency} AND l.status NOT IN ('rejected', 'reversed')
      AND l.conversion_id IS DISTINCT FROM ${q.exclude}
    GROUP BY w.window_days`;
}
