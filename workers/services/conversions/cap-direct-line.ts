import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import type { CommissionLine } from '../../domain/compute-commissions';
import { applySpendLimits, limitsFor, type SpendLimit, spendLimitExplanation } from '../../domain/spend-limits';
import { earnedInPeriods } from '../enrollments';

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
  const earned = await earnedInPeriods({
    ctx,
    input: {
      enrollmentId: input.enrollmentId,
      currency: line.currency,
      at: input.occurredAt,
      excludeConversionId: input.conversionId,
      periods: [...new Set(limits.map((l) => l.period))],
    },
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
