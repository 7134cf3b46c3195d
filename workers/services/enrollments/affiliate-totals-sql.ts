import { type SQL, sql } from 'drizzle-orm';
import type { AffiliateMetric } from '../../domain/reward-rules';

/** A conversion (or its rollup row) of alias `a` that the conversion totals count. */
const countedConversion = (a: string) =>
  sql.raw(`${a}.status NOT IN ('rejected', 'reversed') AND ${a}.event_type IN ('lead', 'sale', 'rebill')`);
/** A line (or its rollup row) of alias `a` that commission_minor counts: the affiliate's own, bonuses and bounties left out. */
const countedLine = (a: string, currency: SQL) =>
  sql`${sql.raw(`${a}.level = 0 AND ${a}.kind NOT IN ('bonus', 'bounty') AND ${a}.status NOT IN ('rejected', 'reversed')`)}
    AND ${sql.raw(a)}.currency = ${currency}`;
const hourOf = (at: SQL) => sql`date_trunc('hour', ${at}, 'UTC')`;

/**
 * One statement for an enrollment's totals over several windows, as rows (metric, window_days,
 * value); a window no row falls in gives no row (its totals are 0). `windows` is a relation of
 * (metric text, window_days int, NULL: lifetime). What counts, for the conversions attributed to
 * the enrollment that occurred in the window (N × 24 hours back from `before`):
 * - sales, conversions (leads and sales) and revenue_minor (sales and rebills in `currency`) of those
 *   neither rejected nor reversed;
 * - commission_minor: their level-0 lines (the affiliate's own) in `currency` neither rejected nor reversed, adjustments
 *   included (a refund's, dated by the refund), bonus and bounty lines left out (a bonus never counts
 *   towards the next one).
 * The conversion `exclude` (and its lines), if any, is left out.
 *
 * Both come from the hourly rollups (conversion_stats_hourly, commission_stats_hourly), so their
 * cost follows the hours a window spans, not how many conversions the affiliate made (an affiliate
 * converting thousands of times a month would otherwise pay for every one of them on each new one).
 * The rollups count whole hours by when the conversion occurred; kept exact by taking away, from raw
 * rows, what the window's first and last hours hold outside it (an index range each: at most an
 * hour of the enrollment's conversions), and by counting the conversions this transaction already
 * changed (`changed`; the rollups move only at its end, services/stats/refresh-conversion-stats.ts)
 * as their raw rows are now instead of as the rollup still has them. `exclude` is one of them.
 */
export function affiliateTotalsSql(q: {
  enrollmentId: SQL;
  currency: SQL;
  before: SQL;
  exclude: SQL;
  /** uuid[] of the conversions changed earlier in this transaction (their stats not refreshed yet). */
  changed?: SQL;
  /** At least one. Only the parts their metrics need are in the statement: planning it costs as much as running it. */
  windows: readonly { metric: AffiliateMetric; windowDays: number | null }[];
}): SQL {
  const changed = sql`array_remove(${q.changed ?? sql`ARRAY[]::uuid[]`} || ${q.exclude}, NULL)`;
  const lastHour = hourOf(q.before);
  const affiliateId = sql`(SELECT owner.affiliate_id FROM affiliate.enrollments owner WHERE owner.id = ${q.enrollmentId})`;
  // Each window of one kind once, with where it starts (NULL: lifetime).
  const daysOf = (lines: boolean) => [
    ...new Set(q.windows.filter((w) => (w.metric === 'commission_minor') === lines).map((w) => w.windowDays)),
  ];
  const spans = (lines: boolean) => sql`(SELECT d.window_days, ${q.before} - d.window_days * interval '24 hours' AS lo
    FROM (VALUES ${sql.join(
      daysOf(lines).map((d) => sql`(${d}::int)`),
      sql`, `,
    )}) AS d(window_days)) span`;
  // Every read below is a LATERAL look-up with OFFSET 0, so that only its own condition reaches the
  // index and it runs once per window or row on its left: left to itself, the planner (whose
  // estimates of a busy enrollment are easily stale) joined the other way round, scanning every
  // conversion or line of the enrollment and filtering by the window afterwards.
  const each = (table: string, alias: string, where: SQL) =>
    sql`CROSS JOIN LATERAL (SELECT * FROM ${sql.raw(`${table} ${alias}`)} WHERE ${where} OFFSET 0) ${sql.raw(alias)}`;
  // The rollup rows of a window's whole hours (the affiliate's, by their index on affiliate and hour).
  const hours = (table: string, affiliateColumn: string) =>
    each(
      table,
      'hourly',
      sql`hourly.${sql.raw(affiliateColumn)} = ${affiliateId} AND hourly.hour <= ${lastHour}
        AND hourly.hour >= coalesce(${hourOf(sql`span.lo`)}, '-infinity')`,
    );
  // The enrollment's conversions `c` in the rollup's first and last hour but outside the window.
  const edges = (select: SQL, rest: SQL) => sql`
      ${select} ${each('affiliate.conversions', 'c', sql`c.enrollment_id = ${q.enrollmentId} AND c.occurred_at >= ${hourOf(sql`span.lo`)} AND c.occurred_at <= span.lo`)}
      ${rest}
      UNION ALL
      ${select} ${each('affiliate.conversions', 'c', sql`c.enrollment_id = ${q.enrollmentId} AND c.occurred_at > ${q.before} AND c.occurred_at < ${lastHour} + interval '1 hour'`)}
      ${rest}`;
  // The changed conversions, one primary-key look-up each.
  const changedIds = sql`unnest(${changed}) AS changed(id)`;
  const changedNow = sql`${changedIds} ${each('affiliate.conversions', 'c', sql`c.id = changed.id`)}`;
  const changedNowInWindow = sql`c.id IS DISTINCT FROM ${q.exclude} AND c.enrollment_id = ${q.enrollmentId}
    AND c.occurred_at <= ${q.before} AND (span.lo IS NULL OR c.occurred_at > span.lo)`;
  const wasInHours = (hour: SQL) =>
    sql`${hour} <= ${lastHour} AND (span.lo IS NULL OR ${hour} >= ${hourOf(sql`span.lo`)})`;
  const linesOf = each('affiliate.commissions', 'l', sql`l.conversion_id = c.id`);
  const ownLine = sql`l.beneficiary_id = ${affiliateId} AND ${countedLine('l', q.currency)}`;

  // Signed parts (window, event type, currency, conversions, amount) whose sums are the conversion totals.
  const conversionParts = sql`
      SELECT span.window_days, hourly.event_type, hourly.currency, hourly.conversions AS n, hourly.revenue_minor AS amount
      FROM ${spans(false)} ${hours('affiliate.conversion_stats_hourly', 'affiliate_id')}
      WHERE hourly.enrollment_id = ${q.enrollmentId} AND ${countedConversion('hourly')}
      UNION ALL
      ${edges(
        sql`SELECT span.window_days, c.event_type, coalesce(c.currency, 'XXX'), -1, -coalesce(c.amount_minor, 0) FROM ${spans(false)}`,
        sql`WHERE c.id <> ALL (${changed}) AND ${countedConversion('c')}`,
      )}
      UNION ALL -- the changed conversions as the rollup still counts them…
      SELECT span.window_days, was.event_type, was.currency, -1, -coalesce(was.amount_minor, 0)
      FROM ${spans(false)} CROSS JOIN ${changedIds}
        ${each('affiliate.stats_counted_conversions', 'was', sql`was.conversion_id = changed.id`)}
      WHERE was.enrollment_id = ${q.enrollmentId} AND ${countedConversion('was')} AND ${wasInHours(sql`was.hour`)}
      UNION ALL -- …and as they are now
      SELECT span.window_days, c.event_type, coalesce(c.currency, 'XXX'), 1, coalesce(c.amount_minor, 0)
      FROM ${spans(false)} CROSS JOIN ${changedNow}
      WHERE ${changedNowInWindow} AND ${countedConversion('c')}`;

  // Signed amounts per window whose sums are the commission totals, the same way round.
  const lineParts = sql`
      SELECT span.window_days, hourly.amount_minor AS amount
      FROM ${spans(true)} ${hours('affiliate.commission_stats_hourly', 'beneficiary_id')}
      WHERE hourly.enrollment_id = ${q.enrollmentId} AND ${countedLine('hourly', q.currency)}
      UNION ALL
      ${edges(sql`SELECT span.window_days, -l.amount_minor FROM ${spans(true)}`, sql`${linesOf} WHERE c.id <> ALL (${changed}) AND ${ownLine}`)}
      UNION ALL
      SELECT span.window_days, -was.amount_minor
      FROM ${spans(true)} CROSS JOIN ${changedIds}
        ${each('affiliate.stats_counted_conversions', 'was_c', sql`was_c.conversion_id = changed.id`)}
        ${each('affiliate.stats_counted_commissions', 'was', sql`was.conversion_id = changed.id`)}
      WHERE was_c.enrollment_id = ${q.enrollmentId} AND ${wasInHours(sql`was_c.hour`)}
        AND was.beneficiary_id = ${affiliateId} AND ${countedLine('was', q.currency)}
      UNION ALL
      SELECT span.window_days, l.amount_minor
      FROM ${spans(true)} CROSS JOIN ${changedNow} ${linesOf}
      WHERE ${changedNowInWindow} AND ${ownLine}`;

  const conversionTotals = sql`
    SELECT w.metric, t.window_days, CASE w.metric WHEN 'sales' THEN t.sales WHEN 'conversions' THEN t.conversions
      ELSE t.revenue_minor END AS value
    FROM (
      SELECT part.window_days, coalesce(sum(part.n) FILTER (WHERE part.event_type = 'sale'), 0) AS sales,
        coalesce(sum(part.n) FILTER (WHERE part.event_type IN ('lead', 'sale')), 0) AS conversions,
        coalesce(sum(part.amount) FILTER (WHERE part.event_type IN ('sale', 'rebill') AND part.currency = ${q.currency}), 0)
          AS revenue_minor
      FROM (${conversionParts}) part
      GROUP BY part.window_days
    ) t JOIN (VALUES ${sql.join(
      q.windows
        .filter((w) => w.metric !== 'commission_minor')
        .map((w) => sql`(${w.metric}::text, ${w.windowDays}::int)`),
      sql`, `,
    )}) AS w(metric, window_days) ON w.window_days IS NOT DISTINCT FROM t.window_days`;
  const lineTotals = sql`
    SELECT 'commission_minor' AS metric, part.window_days, sum(part.amount) AS value
    FROM (${lineParts}) part
    GROUP BY part.window_days`;
  const wanted = [
    ...(daysOf(false).length > 0 ? [conversionTotals] : []),
    ...(daysOf(true).length > 0 ? [lineTotals] : []),
  ];
  return sql.join(wanted, sql` UNION ALL `);
}
