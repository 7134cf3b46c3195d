import { type SQL, sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { LIVE_COMMISSION_STATUSES } from '../../domain/commission-status';
import { periodEnd, periodStart, type SpendLimitPeriod } from '../../domain/spend-limits';

type Window = { start: Date; end: Date } | null;

/**
 * Where the lines come from. With a window for every period, from the enrollment's conversions of the span
 * (conversions_enrollment_id_occurred_at_idx), then their lines and the adjustments booked against them: the
 * work follows the period, not the enrollment's whole history (read from its lines, a busy affiliate's daily
 * cap read every line it ever earned on each sale). A direct line is always its conversion's enrollment's.
 * A lifetime period needs every line anyway, so it reads them from the enrollment's lines.
 */
function linesOf(enrollmentId: string, windows: Window[]): SQL {
  const spans = windows.filter((w) => w !== null);
  if (spans.length < windows.length || spans.length === 0)
    return sql`affiliate.commissions l
    JOIN affiliate.commissions o ON o.id = coalesce(l.reverses_commission_id, l.id)
    JOIN affiliate.conversions c ON c.id = o.conversion_id
    WHERE l.enrollment_id = ${enrollmentId}`;
  const from = new Date(Math.min(...spans.map((w) => w.start.getTime())));
  const until = new Date(Math.max(...spans.map((w) => w.end.getTime())));
  // The OR is implied by the coalesce equality beside it; it is there so each original finds its
  // adjustments through an index (commissions_reverses_commission_id_idx).
  return sql`affiliate.conversions c
    JOIN affiliate.commissions o ON o.conversion_id = c.id
    JOIN affiliate.commissions l ON (l.id = o.id OR l.reverses_commission_id = o.id)
      AND o.id = coalesce(l.reverses_commission_id, l.id)
    WHERE c.enrollment_id = ${enrollmentId} AND c.occurred_at >= ${from.toISOString()}::timestamptz
      AND c.occurred_at < ${until.toISOString()}::timestamptz AND l.enrollment_id = ${enrollmentId}`;
}

/**
 * What the enrollment earned in `currency` in each period `at` falls in: its direct lines that
 * still count (live: neither rejected nor reversed), with the negative adjustments booked against
 * them, each dated by the event that earned the line it belongs to (an adjustment by its
 * original's event), so a refund frees room in the period of the sale it takes back.
 */
export async function earnedInPeriods({
  ctx,
  input,
}: ServiceCall<{
  enrollmentId: string;
  currency: string;
  at: Date;
  excludeConversionId: string | null;
  periods: SpendLimitPeriod[];
}>): Promise<Map<SpendLimitPeriod, number>> {
  const windows: Window[] = input.periods.map((period) => {
    const start = periodStart(period, input.at);
    return start ? { start, end: periodEnd(period, start) } : null;
  });
  const columns = windows.map((w, i) => {
    const within = w
      ? sql`c.occurred_at >= ${w.start.toISOString()}::timestamptz AND c.occurred_at < ${w.end.toISOString()}::timestamptz`
      : sql`true`;
    return sql`coalesce(sum(l.amount_minor) FILTER (WHERE ${within}), 0)::bigint AS ${sql.raw(`p${i}`)}`;
  });
  const live = sql.join(
    LIVE_COMMISSION_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const { rows } = await ctx.db.execute(sql`
    SELECT ${sql.join(columns, sql`, `)}
    FROM ${linesOf(input.enrollmentId, windows)}
      AND l.level = 0 AND l.currency = ${input.currency}
      AND l.status IN (${live}) AND o.conversion_id IS DISTINCT FROM ${input.excludeConversionId}::uuid`);
  const row = rows[0] as Record<string, string | number>;
  return new Map(input.periods.map((p, i) => [p, Number(row[`p${i}`] ?? 0)]));
}
