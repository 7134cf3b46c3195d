import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { LIVE_COMMISSION_STATUSES } from '../../domain/commission-status';
import { periodEnd, periodStart, type SpendLimitPeriod } from '../../domain/spend-limits';

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
  const columns = input.periods.map((period, i) => {
    const start = periodStart(period, input.at);
    const within = start
      ? sql`c.occurred_at >= ${start.toISOString()}::timestamptz AND c.occurred_at < ${periodEnd(period, start).toISOString()}::timestamptz`
      : sql`true`;
    return sql`coalesce(sum(l.amount_minor) FILTER (WHERE ${within}), 0)::bigint AS ${sql.raw(`p${i}`)}`;
  });
  const live = sql.join(
    LIVE_COMMISSION_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const { rows } = await ctx.db.execute(sql`
    SELECT ${sql.join(columns, sql`, `)}
    FROM affiliate.commissions l
    JOIN affiliate.commissions o ON o.id = coalesce(l.reverses_commission_id, l.id)
    JOIN affiliate.conversions c ON c.id = o.conversion_id
    WHERE l.enrollment_id = ${input.enrollmentId} AND l.level = 0 AND l.currency = ${input.currency}
      AND l.status IN (${live}) AND o.conversion_id IS DISTINCT FROM ${input.excludeConversionId}::uuid`);
  const row = rows[0] as Record<string, string | number>;
  return new Map(input.periods.map((p, i) => [p, Number(row[`p${i}`] ?? 0)]));
}
