import type { CommissionTerms } from './commission-terms';
import { type RewardRule, type RuleNode, withReward } from './reward-rules';

/** A rule as its affiliate is shown it: what it pays on which events and when; its id and name stay internal. */
export type MyRewardRule = Pick<RewardRule, 'events' | 'when' | 'reward'>;

/**
 * The group's rules as they pay this affiliate, in their order: the enrollment's own rate or amount still beats
 * a rule's (withReward, the rule commissions are computed by), so the affiliate never reads a rate it would not get.
 */
export function myRewardRules(terms: CommissionTerms, rules: RewardRule[]): MyRewardRule[] {
  return rules.map((rule) => {
    const paid = withReward(terms, rule);
    return {
      events: rule.events,
      when: rule.when,
      // Only what the reward's type pays: an override of the other kind does not show on the rule.
      reward: {
        commissionType: paid.commissionType,
        rateBps: paid.commissionType === 'fixed' ? null : paid.rateBps,
        fixedMinor: paid.commissionType === 'percent' ? null : paid.fixedMinor,
      },
    };
  });
}

/** Every app id the rules' conditions name. */
export function ruleAppIds(rules: Pick<RewardRule, 'when'>[]): string[] {
  const ids: string[] = [];
  const walk = (node: RuleNode) => {
    if ('all' in node) node.all.forEach(walk);
    else if ('any' in node) node.any.forEach(walk);
    else if (node.kind === 'app') ids.push(...node.in);
  };
  for (const rule of rules) walk(rule.when);
  return ids;
}
