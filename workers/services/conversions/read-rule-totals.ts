import type { ServiceCall } from '../../context';
import type { AffiliateMetric, RewardRule } from '../../domain/reward-rules';
import { totalsNeeded } from '../../domain/reward-rules';
import { affiliateTotals } from '../enrollments';

/**
 * The affiliate's totals a group's reward rules ask about, before one event (domain/earn-lines.ts
 * tests the rules against them): read once per window the rules name; no rules, no query.
 */
export async function readRuleTotals({
  ctx,
  input,
}: ServiceCall<{
  rules: RewardRule[];
  enrollmentId: string;
  currency: string;
  before: Date;
  excludeConversionId: string;
}>): Promise<(metric: AffiliateMetric, windowDays: number | null) => number> {
  const windows = totalsNeeded(input.rules);
  if (windows.length === 0) return () => 0;
  const totals = await affiliateTotals({
    ctx,
    input: {
      enrollmentId: input.enrollmentId,
      currency: input.currency,
      before: input.before,
      excludeConversionId: input.excludeConversionId,
      windows,
    },
  });
  return (metric, windowDays) => totals.get(`${metric}:${windowDays}`) ?? 0;
}
