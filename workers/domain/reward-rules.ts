import type { CommissionType } from '../../schema/enums';
import type { CommissionTerms } from './commission-terms';
import { type CommissionDecision, type CommissionEvent, computeCommissions } from './compute-commissions';

export type Comparison = 'gt' | 'gte' | 'lt' | 'lte' | 'eq';
export type AffiliateMetric = 'sales' | 'conversions' | 'commission_minor' | 'revenue_minor';

/** One test on an event, its customer or its affiliate. */
export type RuleCondition =
  | { kind: 'country'; in: string[]; negate?: boolean }
  | { kind: 'app'; in: string[]; negate?: boolean }
  | { kind: 'product'; in: string[]; negate?: boolean }
  | { kind: 'metadata'; key: string; in: string[]; negate?: boolean }
  | { kind: 'amount'; op: Comparison; minor: number; currency: string }
  | { kind: 'new_customer'; is: boolean }
  | { kind: 'affiliate_totals'; metric: AffiliateMetric; op: Comparison; value: number; windowDays: number | null };

/** Conditions combined: every one (all) or at least one (any); groups nest. */
export type RuleWhen = { all: RuleNode[] } | { any: RuleNode[] };
export type RuleNode = RuleCondition | RuleWhen;

/** A group's reward that applies when its conditions hold: "pay 35 % on sales when the customer is in DE or AT". */
export interface RewardRule {
  id: string;
  name: string;
  events: ('lead' | 'sale' | 'rebill')[];
  when: RuleWhen;
  reward: { commissionType: CommissionType; rateBps: number | null; fixedMinor: number | null };
}

/** What rules are tested against, gathered once per conversion. */
export interface RuleFacts {
  eventType: 'lead' | 'sale' | 'rebill';
  /** The click's country (ISO alpha-2), null without a click. */
  country: string | null;
  appId: string;
  /** metadata product_id, plan_id and price_id, when present. */
  productIds: string[];
  metadata: Record<string, unknown>;
  amountMinor: number;
  currency: string | null;
  /** No earlier paid conversion of the customer (a lead or a first sale). */
  newCustomer: boolean;
  /** The affiliate's totals in this program over the last `windowDays` days (null: lifetime), before this event. */
  totals: (metric: AffiliateMetric, windowDays: number | null) => number;
}

/** Why a rule was or was not taken, as the stored calculation keeps it. */
export interface RuleVerdict {
  id: string;
  name: string;
  outcome: 'chosen' | 'paid_less' | 'not_matched' | 'other_event';
  /** The first condition that failed (not_matched), or what the rule would have paid. */
  detail: string;
}

const compare = (a: number, op: Comparison, b: number) =>
  op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : op === 'lte' ? a <= b : a === b;

function listed(value: string | null, values: string[], negate = false): boolean {
  const hit = value !== null && values.includes(value);
  return negate ? !hit : hit;
}

/** Whether one condition holds for the facts. */
function holds(c: RuleCondition, f: RuleFacts): boolean {
  switch (c.kind) {
    case 'country':
      return listed(f.country, c.in, c.negate);
    case 'app':
      return listed(f.appId, c.in, c.negate);
    case 'product':
      return f.productIds.some((p) => c.in.includes(p)) !== Boolean(c.negate);
    case 'metadata': {
      const raw = f.metadata[c.key];
      const value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : null;
      return listed(value, c.in, c.negate);
    }
    case 'amount':
      return f.currency === c.currency && compare(f.amountMinor, c.op, c.minor);
    case 'new_customer':
      return f.newCustomer === c.is;
    case 'affiliate_totals':
      return compare(f.totals(c.metric, c.windowDays), c.op, c.value);
  }
}

/** A short description of one condition, as the trail names it when it failed (it depends on the condition only). */
function describe(c: RuleCondition): string {
  const not = 'negate' in c && c.negate ? 'not ' : '';
  switch (c.kind) {
    case 'country':
      return `country ${not}in ${c.in.join(', ')}`;
    case 'app':
      return `app ${not}in ${c.in.join(', ')}`;
    case 'product':
      return `product ${not}in ${c.in.join(', ')}`;
    case 'metadata':
      return `metadata.${c.key} ${not}in ${c.in.join(', ')}`;
    case 'amount':
      return `amount ${c.op} ${c.minor} ${c.currency}`;
    case 'new_customer':
      return c.is ? 'a new customer' : 'a returning customer';
    case 'affiliate_totals':
      return `${c.metric} ${c.windowDays === null ? 'lifetime' : `in ${c.windowDays} days`} ${c.op} ${c.value}`;
  }
}

/**
 * Where conditions failed, without their words: the path (child indexes from the rule's `when`) of the
 * condition that failed, or for an `any` whose every branch failed, its path and each branch's failure.
 * It depends on the facts; the words depend only on the rule, so a stored line keeps the trace and the
 * rule set it was tested against (ruleVerdicts words it when the line is read).
 */
export type FailureTrace = number[] | { any: number[]; none: FailureTrace[] };

/** null when the conditions hold, else where they failed: the first failure of an `all`, every one of an `any`. */
export function failureTrace(when: RuleNode, facts: RuleFacts): FailureTrace | null {
  return traceFrom(when, facts, []);
}

// `at` is the path walked so far, pushed and popped in place: a path is copied only for a failure, so the
// conditions that hold (most, on most events) allocate nothing.
function traceFrom(node: RuleNode, facts: RuleFacts, at: number[]): FailureTrace | null {
  if ('all' in node) {
    for (let i = 0; i < node.all.length; i++) {
      at.push(i);
      const failed = traceFrom(node.all[i]!, facts, at);
      at.pop();
      if (failed) return failed;
    }
    return null;
  }
  if ('any' in node) {
    const none: FailureTrace[] = [];
    for (let i = 0; i < node.any.length; i++) {
      at.push(i);
      const failed = traceFrom(node.any[i]!, facts, at);
      at.pop();
      if (!failed) return null;
      none.push(failed);
    }
    return { any: at.slice(), none };
  }
  return holds(node, facts) ? null : at.slice();
}

/** Whether the conditions hold, without saying where they failed (what the backtest's unexplained lines need). */
export function conditionsHold(when: RuleNode, facts: RuleFacts): boolean {
  if ('all' in when) return when.all.every((node) => conditionsHold(node, facts));
  if ('any' in when) return when.any.some((node) => conditionsHold(node, facts));
  return holds(when, facts);
}

const nodeAt = (root: RuleNode, path: number[]): RuleNode | undefined =>
  path.reduce<RuleNode | undefined>(
    (node, i) => (node && 'all' in node ? node.all[i] : node && 'any' in node ? node.any[i] : undefined),
    root,
  );

/** The words of a failure: the failed condition, or "none of: …" for an `any` (null: the trace does not fit the rule). */
export function describeFailure(root: RuleNode, trace: FailureTrace): string | null {
  if (!Array.isArray(trace)) {
    // Read back from storage: anything else than this module wrote has no words rather than an error.
    if (typeof trace !== 'object' || trace === null || !Array.isArray(trace.none)) return null;
    if (trace.none.length === 0) return 'no condition';
    const parts = trace.none.map((t) => describeFailure(root, t));
    return parts.every((p) => p !== null) ? `none of: ${parts.join('; ')}` : null;
  }
  const node = nodeAt(root, trace);
  return node && !('all' in node) && !('any' in node) ? describe(node) : null;
}

/** null when the conditions hold, else the first one that failed (for `all`) or a summary (for `any`). */
export function failedCondition(when: RuleNode, facts: RuleFacts): string | null {
  const trace = failureTrace(when, facts);
  return trace ? describeFailure(when, trace) : null;
}

/** The windows of affiliate totals the rules ask about, so the caller reads each once. */
export function totalsNeeded(rules: RewardRule[]): { metric: AffiliateMetric; windowDays: number | null }[] {
  const out = new Map<string, { metric: AffiliateMetric; windowDays: number | null }>();
  const walk = (n: RuleNode) => {
    if ('all' in n) n.all.forEach(walk);
    else if ('any' in n) n.any.forEach(walk);
    else if (n.kind === 'affiliate_totals')
      out.set(`${n.metric}:${n.windowDays}`, { metric: n.metric, windowDays: n.windowDays });
  };
  for (const r of rules) walk(r.when);
  return [...out.values()];
}

/** The terms with a rule's reward in place of the group's: the enrollment's own overrides still win. */
export function withReward(terms: CommissionTerms, rule: RewardRule): CommissionTerms {
  return {
    ...terms,
    commissionType: rule.reward.commissionType,
    rateBps: terms.overridden.rate ? terms.rateBps : rule.reward.rateBps,
    fixedMinor: terms.overridden.fixed ? terms.fixedMinor : rule.reward.fixedMinor,
  };
}

const directAmount = (d: CommissionDecision) => (d.ok ? d.lines[0]!.amountMinor : -1);

/**
 * One rule's verdict as a line stores it, in the rules' order: chosen (`c`) or paid less (`p`) with what it would
 * have paid, for another event (`o`), or not matched (`n`) with where its conditions failed. The words (RuleVerdict)
 * are written from these and the rule set when the line is read (ruleVerdicts): a program with 50 rules would
 * otherwise store 6 kB of the same sentences on every line.
 */
export type StoredVerdict = ['c' | 'p', number] | ['o'] | ['n', FailureTrace];

/**
 * Chooses the reward for one event. Precedence: the enrollment's own override (kept by withReward),
 * then the group's rule that matched, then the group's default reward. When several rules match,
 * the one that pays the affiliate most for this event wins (ties: the earlier rule); every rule's
 * verdict is kept, so the stored calculation says which rule paid and why the others did not.
 * Rules without conditions that match are skipped, so a rule set that never matches pays exactly
 * what the plain terms pay.
 */
export function chooseReward(
  terms: CommissionTerms,
  rules: RewardRule[],
  facts: RuleFacts,
  event: CommissionEvent,
  explain = true,
): { terms: CommissionTerms; rule: { id: string; name: string } | null; verdicts: StoredVerdict[] } {
  // In the rules' order, each written at its rule's place (no sort by a lookup per comparison). Without
  // `explain` (the backtest's lines, which only sum amounts) none is written and no failure is traced.
  const verdicts: StoredVerdict[] = new Array(explain ? rules.length : 0);
  let best: { rule: RewardRule; terms: CommissionTerms; amount: number; index: number } | null = null;
  const candidates: { rule: RewardRule; terms: CommissionTerms; amount: number; index: number }[] = [];
  rules.forEach((rule, index) => {
    if (!rule.events.includes(facts.eventType)) {
      if (explain) verdicts[index] = ['o'];
      return;
    }
    if (!explain) {
      if (!conditionsHold(rule.when, facts)) return;
    } else {
      const failed = failureTrace(rule.when, facts);
      if (failed) {
        verdicts[index] = ['n', failed];
        return;
      }
    }
    const ruled = withReward(terms, rule);
    // The amount only: the candidate's calculation is never shown (the chosen one's is computed again, explained).
    const amount = directAmount(computeCommissions(ruled, event, 0, false));
    const candidate = { rule, terms: ruled, amount, index };
    candidates.push(candidate);
    if (!best || amount > best.amount) best = candidate;
  });
  const chosen = best as { rule: RewardRule; terms: CommissionTerms; amount: number; index: number } | null;
  if (explain) for (const c of candidates) verdicts[c.index] = [c === chosen ? 'c' : 'p', Math.max(c.amount, 0)];
  return chosen
    ? { terms: chosen.terms, rule: { id: chosen.rule.id, name: chosen.rule.name }, verdicts }
    : { terms, rule: null, verdicts };
}

const OUTCOMES = { c: 'chosen', p: 'paid_less', o: 'other_event', n: 'not_matched' } as const;

/**
 * Stored verdicts in words, each beside its rule of the set they were decided against: null when they do not
 * fit it (another length, an unknown code or a trace the rule has no condition at), which a rule set kept
 * unchanged never gives.
 */
export function ruleVerdicts(rules: RewardRule[], stored: unknown): RuleVerdict[] | null {
  if (!Array.isArray(stored) || stored.length !== rules.length) return null;
  const out: RuleVerdict[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const v = stored[i] as StoredVerdict;
    const code = Array.isArray(v) ? v[0] : undefined;
    const detail =
      code === 'c' || code === 'p'
        ? `would pay ${v[1]}`
        : code === 'o'
          ? `pays on ${rule.events.join(', ')}`
          : code === 'n'
            ? describeFailure(rule.when, v[1] as FailureTrace)
            : null;
    if (code === undefined || detail === null) return null;
    out.push({ id: rule.id, name: rule.name, outcome: OUTCOMES[code], detail });
  }
  return out;
}
