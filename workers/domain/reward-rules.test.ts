import { describe, expect, test } from 'vitest';
import type { CommissionTerms } from './commission-terms';
import type { CommissionEvent } from './compute-commissions';
import {
  chooseReward,
  conditionsHold,
  describeFailure,
  failedCondition,
  failureTrace,
  type RewardRule,
  type RuleFacts,
  type RuleNode,
  ruleVerdicts,
  totalsNeeded,
} from './reward-rules';

const terms: CommissionTerms = {
  programId: 'p',
  programVersion: 1,
  payoutModel: 'cps',
  commissionType: 'percent',
  rateBps: 2000,
  fixedMinor: null,
  currency: 'USD',
  recurringMode: 'lifetime',
  recurringMonths: null,
  recurringRateBps: null,
  multiLevelRatesBps: [],
  holdDays: 30,
  overridden: { rate: false, fixed: false, hold: false },
  group: { id: 'g', name: 'Gold', version: 1 },
  fromGroup: { type: false, rate: false, fixed: false, recurring: false, upline: false, hold: false },
};
const facts: RuleFacts = {
  eventType: 'sale',
  country: 'DE',
  appId: 'app-1',
  productIds: ['plan_pro'],
  metadata: { tier: 'pro', seats: 5 },
  amountMinor: 10_000,
  currency: 'USD',
  newCustomer: true,
  totals: (metric, windowDays) => (metric === 'sales' ? (windowDays === 30 ? 21 : 40) : 0),
};
const event: CommissionEvent = {
  type: 'sale',
  amountMinor: 10_000,
  currency: 'USD',
  declaredPayoutMinor: null,
  occurredAt: new Date('2026-11-01T00:00:00Z'),
  customerFirstSaleAt: new Date('2026-11-01T00:00:00Z'),
};
const rule = (id: string, when: RuleNode, rateBps: number, events: RewardRule['events'] = ['sale']): RewardRule => ({
  id,
  name: `rule ${id}`,
  events,
  when: 'all' in when || 'any' in when ? when : { all: [when] },
  reward: { commissionType: 'percent', rateBps, fixedMinor: null },
});

describe('conditions', () => {
  test.each<[string, RuleNode, string | null]>([
    ['country in', { kind: 'country', in: ['DE', 'AT'] }, null],
    ['country not in', { kind: 'country', in: ['DE'], negate: true }, 'country not in DE'],
    ['app', { kind: 'app', in: ['app-2'] }, 'app in app-2'],
    ['product', { kind: 'product', in: ['plan_pro'] }, null],
    ['product not in', { kind: 'product', in: ['plan_basic'], negate: true }, null],
    ['metadata string', { kind: 'metadata', key: 'tier', in: ['pro'] }, null],
    ['metadata number as text', { kind: 'metadata', key: 'seats', in: ['5'] }, null],
    ['metadata missing key', { kind: 'metadata', key: 'none', in: ['x'] }, 'metadata.none in x'],
    ['amount ≥', { kind: 'amount', op: 'gte', minor: 10_000, currency: 'USD' }, null],
    [
      'amount in another currency never matches',
      { kind: 'amount', op: 'gte', minor: 1, currency: 'EUR' },
      'amount gte 1 EUR',
    ],
    ['new customer', { kind: 'new_customer', is: true }, null],
    ['returning customer', { kind: 'new_customer', is: false }, 'a returning customer'],
    ['sales in 30 days > 20', { kind: 'affiliate_totals', metric: 'sales', op: 'gt', value: 20, windowDays: 30 }, null],
    [
      'lifetime sales < 40',
      { kind: 'affiliate_totals', metric: 'sales', op: 'lt', value: 40, windowDays: null },
      'sales lifetime lt 40',
    ],
    [
      'all: the first failure is named',
      {
        all: [
          { kind: 'country', in: ['DE'] },
          { kind: 'new_customer', is: false },
          { kind: 'app', in: ['x'] },
        ],
      },
      'a returning customer',
    ],
    [
      'any: one is enough',
      {
        any: [
          { kind: 'country', in: ['FR'] },
          { kind: 'new_customer', is: true },
        ],
      },
      null,
    ],
    [
      'any: every failure is named',
      {
        any: [
          { kind: 'country', in: ['FR'] },
          { kind: 'app', in: ['x'] },
        ],
      },
      'none of: country in FR; app in x',
    ],
    [
      'nested: all of (any of) and a condition',
      {
        all: [
          {
            any: [
              { kind: 'country', in: ['FR'] },
              { kind: 'country', in: ['DE'] },
            ],
          },
          { kind: 'new_customer', is: true },
        ],
      },
      null,
    ],
  ])('%s', (_label, when, expected) => {
    expect(failedCondition(when, facts)).toBe(expected);
    expect(conditionsHold(when, facts)).toBe(expected === null);
  });

  test('without a click there is no country to match', () => {
    expect(failedCondition({ kind: 'country', in: ['DE'] }, { ...facts, country: null })).toBe('country in DE');
    expect(failedCondition({ kind: 'country', in: ['DE'], negate: true }, { ...facts, country: null })).toBeNull();
  });
});

describe('choosing the reward', () => {
  test('no rule matches: the group reward, every rule explained', () => {
    const rules = [
      rule('a', { kind: 'country', in: ['FR'] }, 5000),
      rule('b', { kind: 'new_customer', is: true }, 9000, ['rebill']),
    ];
    const out = chooseReward(terms, rules, facts, event);
    expect(out.terms).toBe(terms);
    expect(out.rule).toBeNull();
    expect(out.verdicts).toEqual([['n', [0]], ['o']]);
    expect(ruleVerdicts(rules, out.verdicts)).toEqual([
      { id: 'a', name: 'rule a', outcome: 'not_matched', detail: 'country in FR' },
      { id: 'b', name: 'rule b', outcome: 'other_event', detail: 'pays on rebill' },
    ]);
  });

  test('several match: the best-paying wins, ties go to the earlier rule', () => {
    const rules = [
      rule('low', { kind: 'country', in: ['DE'] }, 3000),
      rule('high', { kind: 'new_customer', is: true }, 3500),
      rule('tie', { kind: 'product', in: ['plan_pro'] }, 3500),
    ];
    const out = chooseReward(terms, rules, facts, event);
    expect(out.rule).toEqual({ id: 'high', name: 'rule high' });
    expect(out.terms.rateBps).toBe(3500);
    expect(out.verdicts).toEqual([
      ['p', 3000],
      ['c', 3500],
      ['p', 3500],
    ]);
    expect(ruleVerdicts(rules, out.verdicts)?.map((v) => [v.id, v.outcome, v.detail])).toEqual([
      ['low', 'paid_less', 'would pay 3000'],
      ['high', 'chosen', 'would pay 3500'],
      ['tie', 'paid_less', 'would pay 3500'],
    ]);
  });

  test('a fixed reward can beat a percent one on a small order', () => {
    const fixed: RewardRule = {
      ...rule('fixed', { kind: 'country', in: ['DE'] }, 0),
      reward: { commissionType: 'fixed', rateBps: null, fixedMinor: 2500 },
    };
    const out = chooseReward(terms, [rule('pct', { kind: 'country', in: ['DE'] }, 2000), fixed], facts, event);
    expect(out.rule?.id).toBe('fixed');
    expect(out.terms).toMatchObject({ commissionType: 'fixed', fixedMinor: 2500 });
  });

  test("the enrollment's own override beats a rule's rate", () => {
    const overridden = { ...terms, rateBps: 4200, overridden: { rate: true, fixed: false, hold: false } };
    const out = chooseReward(overridden, [rule('r', { kind: 'country', in: ['DE'] }, 5000)], facts, event);
    expect(out.rule?.id).toBe('r');
    expect(out.terms.rateBps).toBe(4200);
  });

  test('asks for each window of affiliate totals once', () => {
    const t = (windowDays: number | null) => ({
      kind: 'affiliate_totals' as const,
      metric: 'sales' as const,
      op: 'gt' as const,
      value: 1,
      windowDays,
    });
    expect(totalsNeeded([rule('a', { all: [t(30), t(30)] }, 1), rule('b', { any: [t(null), t(30)] }, 1)])).toEqual([
      { metric: 'sales', windowDays: 30 },
      { metric: 'sales', windowDays: null },
    ]);
  });
});

describe('verdicts stored without words', () => {
  const nested: RuleNode = {
    all: [
      { kind: 'app', in: ['app-1'] },
      {
        any: [
          { kind: 'country', in: ['FR'] },
          {
            all: [
              { kind: 'new_customer', is: true },
              { kind: 'amount', op: 'gt', minor: 1_000_000, currency: 'USD' },
            ],
          },
        ],
      },
    ],
  };

  test('a trace names where the conditions failed, and its words are the condition', () => {
    const trace = failureTrace(nested, facts);
    expect(trace).toEqual({
      any: [1],
      none: [
        [1, 0],
        [1, 1, 1],
      ],
    });
    expect(describeFailure(nested, trace!)).toBe('none of: country in FR; amount gt 1000000 USD');
    expect(
      failureTrace(
        {
          all: [
            { kind: 'country', in: ['DE'] },
            { kind: 'app', in: ['other'] },
          ],
        },
        facts,
      ),
    ).toEqual([1]);
    expect(failureTrace({ any: [] }, facts)).toEqual({ any: [], none: [] });
    expect(describeFailure({ any: [] }, { any: [], none: [] })).toBe('no condition');
  });

  test('a trace that does not fit the rule has no words', () => {
    expect(describeFailure(nested, [5])).toBeNull();
    expect(describeFailure(nested, [1])).toBeNull();
    expect(describeFailure(nested, { any: [1], none: [[1, 0], [9]] })).toBeNull();
  });

  test('survive being stored as JSON, and are worded beside their rules', () => {
    const rules = [
      rule('nested', nested, 5000),
      rule('de', { kind: 'country', in: ['DE'] }, 4000),
      rule('rebills', { all: [] }, 9000, ['rebill', 'lead']),
    ];
    const stored = JSON.parse(JSON.stringify(chooseReward(terms, rules, facts, event).verdicts));
    expect(ruleVerdicts(rules, stored)).toEqual([
      {
        id: 'nested',
        name: 'rule nested',
        outcome: 'not_matched',
        detail: 'none of: country in FR; amount gt 1000000 USD',
      },
      { id: 'de', name: 'rule de', outcome: 'chosen', detail: 'would pay 4000' },
      { id: 'rebills', name: 'rule rebills', outcome: 'other_event', detail: 'pays on rebill, lead' },
    ]);
  });

  test('unexplained, the same reward is chosen and no verdict is written', () => {
    const rules = [
      rule('nested', nested, 5000),
      rule('low', { kind: 'country', in: ['DE'] }, 3000),
      rule('high', { kind: 'new_customer', is: true }, 3500),
      rule('rebills', { all: [] }, 9000, ['rebill']),
    ];
    const explained = chooseReward(terms, rules, facts, event);
    const plain = chooseReward(terms, rules, facts, event, false);
    expect(plain.rule).toEqual(explained.rule);
    expect(plain.terms).toEqual(explained.terms);
    expect(plain.verdicts).toEqual([]);
    const none = chooseReward(terms, [rule('fr', { kind: 'country', in: ['FR'] }, 5000)], facts, event, false);
    expect(none).toEqual({ terms, rule: null, verdicts: [] });
  });

  test('verdicts that do not fit the rule set are not worded', () => {
    const rules = [rule('de', { kind: 'country', in: ['DE'] }, 4000)];
    expect(ruleVerdicts(rules, [['c', 1], ['o']])).toBeNull();
    expect(ruleVerdicts(rules, [['x', 1]])).toBeNull();
    expect(ruleVerdicts(rules, [['n', [3]]])).toBeNull();
    expect(ruleVerdicts(rules, 'c')).toBeNull();
    expect(ruleVerdicts(rules, [null])).toBeNull();
    expect(ruleVerdicts(rules, [['n', { any: [] }]])).toBeNull();
    expect(ruleVerdicts(rules, [['n', null]])).toBeNull();
    expect(ruleVerdicts(rules, [['n', ['x']]])).toBeNull();
  });
});
