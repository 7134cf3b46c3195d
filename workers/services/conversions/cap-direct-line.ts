import { sql } from 'drizzle-orm';
import type { ServiceCall, ServiceContext } from '../../context';
import { LIVE_COMMISSION_STATUSES } from '../../domain/commission-status';
import type { CommissionLine } from '../../domain/compute-commissions';
import {
  applySpendLimits,
  limitsFor,
  periodEnd,
  periodStart,
  type SpendLimit,
  type SpendLimitPeriod,
  spendLimitExplanation,
} from '../../domain/spend-limits';

/**
 * What the enrollment earned in `currency` in each period `at` falls in: its direct lines that
 * still count (live: neither rejected nor reversed), with the negative adjustments booked against
 * them, each dated by the event that earned the line it belongs to (an adjustment by its
 * original's event), so a refund frees room in the period of the sale it takes back.
 */
async function earnedInPeriods(
  ctx: ServiceContext,
  input: { enrollmentId: string; currency: string; at: Date; excludeConversionId: string; periods: SpendLimitPeriod[] },
): Promise<Map<SpendLimitPeriod, number>> {
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
      AND l.status IN (${live}) AND o.conversion_id <> ${input.excludeConversionId}`);
  const row = rows[0] as Record<string, string | number>;
  return new Map(input.periods.map((p, i) => [p, Number(row[`p${i}`] ?? 0)]));
}

/**
 * Cuts the direct affiliate's line to what its group's spend limits leave (domain/spend-limits.ts
 * decides), inside the settlement's transaction. An advisory lock on the enrollment, held until
 * the commit, settles one member's capped lines one at a time: two conversions at once would
 * otherwise both read the same room and both fit. A line in a currency no limit names is
 * returned as it is, without a query or a lock.
 */
export async function capDirectLine<Line extends CommissionLine>({
  ctx,
  input,
}: ServiceCall<{
  limits: SpendLimit[];
  enrollmentId: string;
  conversionId: string;
  occurredAt: Date;
  line: Line;
}>): Promise<Line> {
  const { line } = input;
  const limits = limitsFor(input.limits, line.currency);
  if (limits.length === 0) return line;
  await ctx.db.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`enrollment-spend:${input.enrollmentId}`}, 0))`,
  );
  const earned = await earnedInPeriods(ctx, {
    enrollmentId: input.enrollmentId,
    currency: line.currency,
    at: input.occurredAt,
    excludeConversionId: input.conversionId,
    periods: [...new Set(limits.map((l) => l.period))],
  });
  const verdict = applySpendLimits(
    limits,
    { amountMinor: line.amountMinor, currency: line.currency, at: input.occurredAt },
    (p) => earned.get(p) ?? 0,
  );
  const spendLimit = spendLimitExplanation(verdict);
  return {
    ...line,
    amountMinor: verdict.amountMinor,
    calculation: {
      ...line.calculation,
      spendLimit,
      ...(verdict.cutBy ? { formula: `${String(line.calculation.formula)}; ${String(spendLimit.formula)}` } : {}),
    },
  };
}
