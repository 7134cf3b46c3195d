import type { CommissionType, PayoutModel, RecurringMode } from '../../schema/enums';
import type { RuleIssue } from './program-rules';

/** What a group's terms are checked against: its program's. */
export interface GroupRuleProgram {
  payoutModel: PayoutModel;
  commissionType: CommissionType;
  commissionRateBps: number | null;
  commissionFixedMinor: number | null;
  recurringMode: RecurringMode;
  recurringMonths: number | null;
}

export interface GroupRuleTerms {
  rewardRules?: { name: string; reward: { commissionType: CommissionType } }[];
  commissionType: CommissionType | null;
  commissionRateBps: number | null;
  commissionFixedMinor: number | null;
  recurringMode: RecurringMode | null;
  recurringMonths: number | null;
}

/**
 * Every broken rule of a group's terms once its program's fill the gaps: a member must be payable
 * (a percent commission needs a rate, a fixed one an amount), as a program must.
 */
export function groupRuleIssues(program: GroupRuleProgram, group: GroupRuleTerms): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const type = group.commissionType ?? program.commissionType;
  const rate = group.commissionRateBps ?? program.commissionRateBps;
  const fixed = group.commissionFixedMinor ?? program.commissionFixedMinor;
  if (program.payoutModel === 'cpc' && type !== 'fixed')
    issues.push({
      path: 'commissionType',
      message: 'A CPC program pays a fixed rate per click: the type must be fixed',
    });
  if ((type === 'percent' || type === 'hybrid') && rate === null)
    issues.push({
      path: 'commissionRateBps',
      message: `A ${type} commission needs a rate (the group's or the program's)`,
    });
  if ((type === 'fixed' || type === 'hybrid') && fixed === null)
    issues.push({
      path: 'commissionFixedMinor',
      message: `A ${type} commission needs a fixed amount (the group's or the program's)`,
    });
  if (group.recurringMode === 'months' && !(group.recurringMonths !== null && group.recurringMonths > 0))
    issues.push({
      path: 'recurringMonths',
      message: 'Recurring commissions for a number of months need recurringMonths > 0',
    });
  if (group.recurringMode !== 'months' && group.recurringMonths !== null)
    issues.push({ path: 'recurringMonths', message: 'recurringMonths goes with recurringMode months' });
  (group.rewardRules ?? []).forEach((rule, i) => {
    if (program.payoutModel === 'cpc' && rule.reward.commissionType !== 'fixed')
      issues.push({
        path: `rewardRules.${i}.reward.commissionType`,
        message: `Rule ${rule.name}: a CPC program pays fixed amounts`,
      });
  });
  const ids = (group.rewardRules ?? []).map((r) => ('id' in r ? (r as { id?: string }).id : undefined)).filter(Boolean);
  if (new Set(ids).size !== ids.length) issues.push({ path: 'rewardRules', message: 'Two rules have the same id' });
  return issues;
}
