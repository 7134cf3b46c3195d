import type { Conversion, ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { CommissionTerms } from '../../domain/commission-terms';
import type { CommissionEvent } from '../../domain/compute-commissions';
import { chooseReward, type RewardRule, type RuleFacts, totalsNeeded } from '../../domain/reward-rules';
import { affiliateTotals } from './affiliate-totals';
import type { ClickFacts } from './find-click';

export interface GroupReward {
  terms: CommissionTerms;
  /** A line's calculation with the rule that paid and every rule's verdict, when the group has rules. */
  explain: (calculation: Record<string, unknown>) => Record<string, unknown>;
}

const PRODUCT_KEYS = ['product_id', 'plan_id', 'price_id'];

/**
 * The reward one event earns under its group's rules (domain/reward-rules.ts decides): the facts
 * are gathered here, the affiliate's totals read only for the windows the rules ask about. A group
 * without rules pays its terms unchanged, without a query.
 */
export async function chooseGroupReward({
  ctx,
  input,
}: ServiceCall<{
  terms: CommissionTerms;
  group: ProgramGroup;
  event: CommissionEvent;
  conversion: Conversion;
  enrollmentId: string;
  click: ClickFacts | null;
  newCustomer: boolean;
}>): Promise<GroupReward> {
  // Stored as the API's zod schema accepted them (schema/ does not import the domain's type).
  const rules = input.group.rewardRules as RewardRule[];
  if (rules.length === 0) return { terms: input.terms, explain: (c) => c };
  const metadata = input.conversion.metadata ?? {};
  const totals = await affiliateTotals({
    ctx,
    input: {
      enrollmentId: input.enrollmentId,
      currency: input.terms.currency,
      before: input.conversion.occurredAt,
      excludeConversionId: input.conversion.id,
      windows: totalsNeeded(rules),
    },
  });
  const facts: RuleFacts = {
    eventType: input.event.type,
    country: input.click?.country ?? null,
    appId: input.conversion.appId,
    productIds: PRODUCT_KEYS.map((k) => metadata[k]).filter((v): v is string => typeof v === 'string'),
    metadata,
    amountMinor: input.event.amountMinor,
    currency: input.event.currency,
    newCustomer: input.newCustomer,
    totals: (metric, windowDays) => totals.get(`${metric}:${windowDays}`) ?? 0,
  };
  const chosen = chooseReward(input.terms, rules, facts, input.event);
  return {
    terms: chosen.terms,
    explain: (c) => ({ ...c, rule: chosen.rule, rules: chosen.verdicts }),
  };
}
