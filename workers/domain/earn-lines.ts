import {
  type CommissionTerms,
  effectiveTerms,
  type TermsEnrollment,
  type TermsGroup,
  type TermsProgram,
} from './commission-terms';
import { type CommissionDecision, type CommissionEvent, computeCommissions } from './compute-commissions';
import { type AffiliateMetric, chooseReward, type RewardRule, type RuleFacts } from './reward-rules';

/**
 * Everything one lead, sale or rebill's commission depends on, once gathered: the live path
 * (services/conversions/earn-commissions.ts) reads it row by row inside the conversion's
 * transaction, the backtest (services/backtest/) set-based from stored history. Both then call
 * earnLines, so a backtest of unchanged terms cannot drift from what the live path pays.
 */
export interface EarnFacts {
  program: TermsProgram;
  enrollment: TermsEnrollment & { id: string; affiliateId: string };
  /** `rewardRuleSetId`: the reward_rule_sets row of these rules, named by each line they decide (the backtest has none). */
  group: TermsGroup & { rewardRules: unknown; rewardRuleSetId?: string | null };
  conversion: {
    eventType: 'lead' | 'sale' | 'rebill';
    amountMinor: number;
    currency: string | null;
    occurredAt: Date;
    appId: string;
    externalCustomerId: string | null;
    metadata: Record<string, unknown> | null;
  };
  /** S2S `payout=`, when declared. */
  declaredPayoutMinor: number | null;
  /** The customer's first paid sale or rebill recorded before this one (customer-history.ts), if any. */
  earlierPaidAt: Date | null;
  /** When the customer's subscription ended, as it stands for this event (null: subscribed). */
  customerCancelledAt: Date | null;
  /** The attributed click's country, null without a click. */
  country: string | null;
  /** The affiliate's totals before the event; asked only for the windows the group's rules name. */
  totals: (metric: AffiliateMetric, windowDays: number | null) => number;
  /** The referrers above the affiliate, nearest first; null where one may not earn. */
  upline: (string | null)[];
}

export interface EarnedLine {
  beneficiaryId: string;
  /** The direct line's enrollment; null on upline lines. */
  enrollmentId: string | null;
  level: number;
  amountMinor: number;
  currency: string;
  rateBps: number | null;
  calculation: Record<string, unknown>;
}

export interface EarnResult {
  /** The event type paid: a customer's first paid rebill (after a free trial) counts as the sale. */
  type: 'lead' | 'sale' | 'rebill';
  /** The terms before any rule (hold days, upline depth come from them). */
  terms: CommissionTerms;
  decision: CommissionDecision;
  lines: EarnedLine[];
}

const PRODUCT_KEYS = ['product_id', 'plan_id', 'price_id'];

/** The event type paid: a subscription's first payment after a free trial arrives as a rebill; it is the sale. */
export function paidEventType(f: Pick<EarnFacts, 'conversion' | 'earlierPaidAt'>): 'lead' | 'sale' | 'rebill' {
  const c = f.conversion;
  return c.eventType === 'rebill' && f.earlierPaidAt === null && c.externalCustomerId ? 'sale' : c.eventType;
}

/**
 * The lines one event earns: precedence, the group's rules, the commission rules, and who receives
 * each line. `explain` false leaves each line's calculation empty (the backtest only sums amounts);
 * `terms`, when given, are effectiveTerms(program, enrollment, group) the caller already computed.
 */
export function earnLines(f: EarnFacts, opts: { explain?: boolean; terms?: CommissionTerms } = {}): EarnResult {
  const type = paidEventType(f);
  const c = f.conversion;
  const terms = opts.terms ?? effectiveTerms(f.program, f.enrollment, f.group);
  const event: CommissionEvent = {
    type,
    amountMinor: c.amountMinor,
    currency: c.currency,
    declaredPayoutMinor: f.declaredPayoutMinor,
    occurredAt: c.occurredAt,
    customerFirstSaleAt: f.earlierPaidAt ?? (type === 'sale' ? c.occurredAt : null),
    customerCancelledAt: f.customerCancelledAt,
  };
  // Stored as the API's zod schema accepted them (schema/ does not import the domain's type).
  const rules = f.group.rewardRules as RewardRule[];
  const explain = opts.explain ?? true;
  let paying = terms;
  // No closure for the rules' verdicts: one made per call costs the live path and the backtest (a
  // bundle that keeps function names wraps every named closure in a call that sets its name).
  let chosen: ReturnType<typeof chooseReward> | null = null;
  if (rules.length > 0) {
    const metadata = c.metadata ?? {};
    const facts: RuleFacts = {
      eventType: type,
      country: f.country,
      appId: c.appId,
      productIds: PRODUCT_KEYS.map((k) => metadata[k]).filter((v): v is string => typeof v === 'string'),
      metadata,
      amountMinor: c.amountMinor,
      currency: c.currency,
      newCustomer: f.earlierPaidAt === null,
      totals: f.totals,
    };
    chosen = chooseReward(terms, rules, facts, event, explain);
    paying = chosen.terms;
  }
  const decision = computeCommissions(paying, event, f.upline.length, explain);
  const lines: EarnedLine[] = [];
  if (decision.ok) {
    for (const line of decision.lines) {
      const beneficiaryId = line.level === 0 ? f.enrollment.affiliateId : f.upline[line.level - 1];
      if (!beneficiaryId) continue;
      lines.push({
        beneficiaryId,
        enrollmentId: line.level === 0 ? f.enrollment.id : null,
        level: line.level,
        amountMinor: line.amountMinor,
        currency: line.currency,
        rateBps: line.rateBps,
        // Under keys of their own: `rule` is the formula's kind (percent, fixed, declared…), which the dashboard
        // words the line by and the backtest finds declared payouts by. The verdicts are stored without words,
        // beside the rule set they were decided against (services/programs/word-rule-verdicts.ts words them when read).
        calculation:
          chosen && explain
            ? {
                ...line.calculation,
                rewardRule: chosen.rule,
                rewardRuleSet: f.group.rewardRuleSetId ?? null,
                ruleVerdicts: chosen.verdicts,
              }
            : line.calculation,
      });
    }
  }
  return { type, terms, decision, lines };
}
