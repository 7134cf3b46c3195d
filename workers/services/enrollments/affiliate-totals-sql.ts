import { type SQL, sql } from 'drizzle-orm';

/** A conversion (or its rollup row) of alias `a` that the totals count. */
const counted = (a: string) =>
  sql.raw(`${a}.status NOT IN ('rejected', 'reversed') AND ${a}.event_type IN ('lead', 'sale', 'rebill')`);
const hourOf = (at: SQL) => sql`date_trunc('hour', ${at}, 'UTC')`;

/**
 * One statement for an enrollment's totals over several windows, as rows (metric, window_days,
 * value); a window no row falls in gives no row (its totals are 0). `windows` is a relation of
 * (metric text, window_days int, NULL: lifetime). What counts:
 * - conversions attributed to the enrollment, neither rejected nor reversed: sales, conversions
 *   (leads and sales), revenue_minor (sales and rebills in `currency`);
 * - its level-0 lines in `currency` neither rejected nor reversed, bonus and bounty lines left out (a bonus
 *   never counts towards the next one): commission_minor, dated by when the line was written.
 * Windows end at `before` and reach back N × 24 hours; the conversion `exclude` (and its lines),
 * if any, is left out.
 *
 * The conversion totals come from the hourly conversion rollup, so their cost follows the hours a
 * window spans, not how many conversions the affiliate made (an affiliate converting thousands of
 * times a month would otherwise pay for every one of them on each new one). The rollup counts whole
 * hours; kept exact by taking away, from raw rows, what its first and last hours hold outside the
 * window (an index range each: at most an hour of the enrollment's conversions), and by counting
 * the conversions this transaction already changed (`changed`; the rollups move only at its end,
 * services/stats/refresh-conversion-stats.ts) as their raw rows say instead of as the rollup
 * still has them. `exclude` is one of them. The line totals are read from the lines.
 */
export function affiliateTotalsSql(q: {
  enrollmentId: SQL;
  currency: SQL;
  before: SQL;
  exclude: SQL;
  /** uuid[] of the conversions changed earlier in this transaction (their stats not refreshed yet). */
  changed?: SQL;
  windows: SQL;
}): SQL {
  const changed = sql`array_remove(${q.changed ?? sql`ARRAY[]::uuid[]`} || ${q.exclude}, NULL)`;
  const isLine = sql`w.metric = 'commission_minor'`;
  const isConversion = sql`w.metric <> 'commission_minor'`;
  // Each conversion window once, with where it starts (NULL: lifetime).
  const spans = sql`(SELECT DISTINCT w.window_days, ${q.before} - w.window_days * interval '24 hours' AS lo
    FROM ${q.windows} w WHERE ${isConversion}) span`;
  const lastHour = hourOf(q.before);
  const raw = sql`affiliate.conversions c ON c.enrollment_id = ${q.enrollmentId} AND ${counted('c')}`;
  const notChanged = sql`c.id <> ALL (${changed})`;
  // Signed parts (window, event type, currency, conversions, amount) whose sum is each window's totals.
  const parts = sql`
      SELECT span.window_days, hourly.event_type, hourly.currency, hourly.conversions AS n, hourly.revenue_minor AS amount
      FROM ${spans} JOIN affiliate.conversion_stats_hourly hourly
        ON hourly.affiliate_id = (SELECT owner.affiliate_id FROM affiliate.enrollments owner WHERE owner.id = ${q.enrollmentId})
        AND hourly.hour <= ${lastHour} AND (span.lo IS NULL OR hourly.hour >= ${hourOf(sql`span.lo`)})
        AND hourly.enrollment_id = ${q.enrollmentId} AND ${counted('hourly')}
      UNION ALL -- the first hour's conversions at or before the window's start
      SELECT span.window_days, c.event_type, coalesce(c.currency, 'XXX'), -1, -coalesce(c.amount_minor, 0)
      FROM ${spans} JOIN ${raw} AND c.occurred_at >= ${hourOf(sql`span.lo`)} AND c.occurred_at <= span.lo
      WHERE ${notChanged}
      UNION ALL -- the last hour's conversions after its end
      SELECT span.window_days, c.event_type, coalesce(c.currency, 'XXX'), -1, -coalesce(c.amount_minor, 0)
      FROM ${spans} JOIN ${raw} AND c.occurred_at > ${q.before} AND c.occurred_at < ${lastHour} + interval '1 hour'
      WHERE ${notChanged}
      UNION ALL -- the changed conversions as the rollup still counts them…
      SELECT span.window_days, counted_as.event_type, counted_as.currency, -1, -coalesce(counted_as.amount_minor, 0)
      FROM ${spans} JOIN affiliate.stats_counted_conversions counted_as ON counted_as.conversion_id = ANY (${changed})
        AND counted_as.enrollment_id = ${q.enrollmentId} AND ${counted('counted_as')}
        AND counted_as.hour <= ${lastHour} AND (span.lo IS NULL OR counted_as.hour >= ${hourOf(sql`span.lo`)})
      UNION ALL -- …and as they are now (the excluded one left out)
      SELECT span.window_days, c.event_type, coalesce(c.currency, 'XXX'), 1, coalesce(c.amount_minor, 0)
      FROM ${spans} JOIN ${raw} AND c.id = ANY (${changed}) AND c.id IS DISTINCT FROM ${q.exclude}
        AND c.occurred_at <= ${q.before} AND (span.lo IS NULL OR c.occurred_at > span.lo)`;
  // The widest line window as an index bound: the join alone would not narrow the scan.
  const linesFrom = sql`(SELECT CASE WHEN bool_or(w.window_days IS NULL) THEN '-infinity'::timestamptz
      ELSE ${q.before} - max(w.window_days) * interval '24 hours' END FROM ${q.windows} w WHERE ${isLine})`;
  return sql`
    SELECT w.metric, w.window_days, CASE w.metric WHEN 'sales' THEN t.sales WHEN 'conversions' THEN t.conversions
      ELSE t.revenue_minor END AS value
    FROM (
      SELECT part.window_days, coalesce(sum(part.n) FILTER (WHERE part.event_type = 'sale'), 0) AS sales,
        coalesce(sum(part.n) FILTER (WHERE part.event_type IN ('lead', 'sale')), 0) AS conversions,
        coalesce(sum(part.amount) FILTER (WHERE part.event_type IN ('sale', 'rebill') AND part.currency = ${q.currency}), 0)
          AS revenue_minor
      FROM (${parts}) part
      GROUP BY part.window_days
    ) t JOIN ${q.windows} w ON w.window_days IS NOT DISTINCT FROM t.window_days AND ${isConversion}
    UNION ALL
    SELECT 'commission_minor', w.window_days, coalesce(sum(l.amount_minor), 0)
    FROM affiliate.commissions l
    JOIN (SELECT DISTINCT w.window_days FROM ${q.windows} w WHERE ${isLine}) w
      ON (w.window_days IS NULL OR l.created_at > ${q.before} - w.window_days * interval '24 hours')
    WHERE l.enrollment_id = ${q.enrollmentId} AND l.created_at <= ${q.before} AND l.created_at > ${linesFrom}
      AND l.level = 0 AND l.kind NOT IN ('bonus', 'bounty') AND l.currency = ${q.currency} AND l.status NOT IN ('rejected', 'reversed')
      AND l.conversion_id IS DISTINCT FROM ${q.exclude}
    GROUP BY w.window_days`;
}
