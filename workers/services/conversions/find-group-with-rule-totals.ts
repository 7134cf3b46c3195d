import type { ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type AffiliateMetric, type RewardRule, totalsNeeded } from '../../domain/reward-rules';
import { affiliateTotals } from '../enrollments';
import { findEnrollmentGroup } from './find-enrollment-group';

/**
 * The enrollment's group (whose terms it earns under now) and the affiliate's totals its reward rules
 * ask about before one event (domain/earn-lines.ts tests the rules against them). A group whose rules
 * read no totals costs one small statement; one whose rules do, a second with exactly the windows they
 * read (totalsNeeded, at any depth of their all/any trees). Reading the windows out of the rules in
 * SQL would save that round trip, but every conversion would then plan the whole totals statement
 * (about 2 ms of Postgres CPU, as much as running it), rules or not.
 */
export async function findGroupWithRuleTotals({
  ctx,
  input,
}: ServiceCall<{
  groupId: string;
  enrollmentId: string;
  currency: string;
  before: Date;
  excludeConversionId: string;
  /** Conversions this transaction changed before this one, not yet in the rollups (affiliate-totals-sql.ts). */
  changedConversionIds: string[];
}>): Promise<{ group: ProgramGroup; totals: (metric: AffiliateMetric, windowDays: number | null) => number }> {
  const group = await findEnrollmentGroup({ ctx, input });
  const windows = totalsNeeded(group.rewardRules as RewardRule[]);
  const totals = await affiliateTotals({ ctx, input: { ...input, windows } });
  return { group, totals: (metric, windowDays) => totals.get(`${metric}:${windowDays}`) ?? 0 };
}
