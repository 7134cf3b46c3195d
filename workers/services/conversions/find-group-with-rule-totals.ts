import type { ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type AffiliateMetric, type RewardRule, totalsNeeded } from '../../domain/reward-rules';
import { affiliateTotals, holdsWindows, planTotals, totalsKey, type TotalsWindow } from '../enrollments';
import { readGroupAndTotals } from './read-group-and-totals';
import { keptRules } from './group-rules-cache';

// The windows of a rule set, worked out once per set this isolate holds (a walk over every rule's tree).
const windowsOfRules = new WeakMap<object[], TotalsWindow[]>();
function windowsOf(rules: object[]): TotalsWindow[] {
  let windows = windowsOfRules.get(rules);
  if (!windows) {
    windows = totalsNeeded(rules as RewardRule[]);
    windowsOfRules.set(rules, windows);
  }
  return windows;
}

/**
 * The enrollment's group (whose terms it earns under now) and the affiliate's totals its reward rules
 * ask about before one event (domain/earn-lines.ts tests the rules against them). The windows come
 * from the rules, which this isolate usually holds already (group-rules-cache.ts): then one statement
 * reads the group and those windows' totals together. When it held none, or the rules changed and ask
 * for a window not read, a second statement reads exactly the windows they ask for (totalsNeeded, at any
 * depth of their all/any trees). Reading the windows out of the rules in SQL would save that rare round
 * trip, but every conversion would then plan the whole totals statement, rules or not.
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
  const held = keptRules(input.groupId);
  const expected = held ? windowsOf(held.rules) : [];
  const plan = expected.length > 0 ? planTotals({ ...input, windows: expected }) : null;
  const { group, totalsRow } = await readGroupAndTotals({ ctx, input: { groupId: input.groupId, totals: plan } });
  const windows = windowsOf(group.rewardRules);
  const read = plan?.read(totalsRow);
  const totals =
    read && holdsWindows(read, windows) ? read : await affiliateTotals({ ctx, input: { ...input, windows } });
  return { group, totals: (metric, windowDays) => totals.get(totalsKey(metric, windowDays)) ?? 0 };
}
