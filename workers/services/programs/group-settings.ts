import type { NewProgramGroup, ProgramGroup } from '../../../schema';
import type { RewardRule } from '../../domain/reward-rules';
import { groupRuleIssues } from '../../domain/group-rules';
import { type SpendLimit, spendLimitIssues } from '../../domain/spend-limits';
import { ValidationError } from '../../errors/app-error';
import type { Program } from '../../../schema';

/** A group's settings as the routes validate them: the name and look, and terms (NULL: the program's). */
export type GroupSettings = Pick<
  NewProgramGroup,
  | 'name'
  | 'color'
  | 'description'
  | 'commissionType'
  | 'commissionRateBps'
  | 'commissionFixedMinor'
  | 'recurringMode'
  | 'recurringMonths'
  | 'recurringRateBps'
  | 'multiLevelRatesBps'
  | 'holdDays'
  | 'discount'
> & { rewardRules?: RewardRuleInput[]; spendLimits?: SpendLimit[] };

/** A rule as the route accepted it: its id is assigned here when the client sent none. */
export type RewardRuleInput = Omit<RewardRule, 'id'> & { id?: string | undefined };

/** Gives every rule an id (kept when sent back), so a stored calculation can name the rule that paid. */
export function withRuleIds(rules: RewardRuleInput[] | undefined): RewardRule[] | undefined {
  return rules?.map((r) => ({ ...r, id: r.id ?? crypto.randomUUID() }));
}

/** Refuses terms its members could not be paid under, once the program's fill the gaps (400 with details). */
export function assertGroupPayable(program: Program, group: ProgramGroup | GroupSettings): void {
  const issues = groupRuleIssues(program, {
    commissionType: group.commissionType ?? null,
    commissionRateBps: group.commissionRateBps ?? null,
    commissionFixedMinor: group.commissionFixedMinor ?? null,
    recurringMode: group.recurringMode ?? null,
    recurringMonths: group.recurringMonths ?? null,
    rewardRules: (group.rewardRules ?? []) as RewardRuleInput[],
  }).concat(spendLimitIssues((group.spendLimits ?? []) as SpendLimit[]));
  if (issues.length > 0) throw new ValidationError('The group’s terms would leave its members unpaid', { issues });
}
