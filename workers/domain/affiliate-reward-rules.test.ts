import { describe, expect, test } from 'vitest';
import { myRewardRules, ruleAppIds } from './affiliate-reward-rules';
import type { CommissionTerms } from './commission-terms';
import type { RewardRule } from './reward-rules';

const terms = (overridden: Partial<CommissionTerms['overridden']> = {}): CommissionTerms => ({
  programId: 'p',
  programVersion: 1,
  payoutModel: 'cps',
  commissionType: 'percent',
  rateBps: overridden.rate ? 5_000 : 2_000,
  fixedMinor: overridden.fixed ? 700 : null,
  currency: 'USD',
  recurringMode: 'none',
  recurringMonths: null,
  recurringRateBps: null,
  multiLevelRatesBps: [],
  holdDays: 30,
  overridden: { rate: false, fixed: false, hold: false, ...overridden },
  group: { id: 'g', name: 'Gold', version: 1 },
  fromGroup: { type: false, rate: false, fixed: false, recurring: false, upline: false, hold: false },
});
const percent: RewardRule = {
  id: 'r1',
  name: 'Internal name',
  events: ['sale'],
  when: { all: [{ kind: 'app', in: ['a1'] }, { any: [{ all: [{ kind: 'app', in: ['a2', 'a1'] }] }] }] },
  reward: { commissionType: 'percent', rateBps: 3_500, fixedMinor: null },
};
const fixed: RewardRule = {
  ...percent,
  id: 'r2',
  when: { all: [] },
  reward: { commissionType: 'fixed', rateBps: null, fixedMinor: 2_000 },
};

describe("the affiliate's view of its group's rules", () => {
  test('the rule as it pays: no id or name; the reward as the rule sets it without overrides', () => {
    expect(myRewardRules(terms(), [percent, fixed])).toEqual([
      { events: ['sale'], when: percent.when, reward: percent.reward },
      { events: ['sale'], when: fixed.when, reward: fixed.reward },
    ]);
  });

  test('the enrollment’s own rate or amount beats the rule’s, and only the kind the rule pays shows', () => {
    expect(myRewardRules(terms({ rate: true }), [percent, fixed]).map((r) => r.reward)).toEqual([
      { commissionType: 'percent', rateBps: 5_000, fixedMinor: null },
      { commissionType: 'fixed', rateBps: null, fixedMinor: 2_000 },
    ]);
    expect(myRewardRules(terms({ fixed: true }), [percent, fixed]).map((r) => r.reward)).toEqual([
      { commissionType: 'percent', rateBps: 3_500, fixedMinor: null },
      { commissionType: 'fixed', rateBps: null, fixedMinor: 700 },
    ]);
  });

  test('every app id the conditions name, at any depth', () => {
    expect(ruleAppIds([percent, fixed])).toEqual(['a1', 'a2', 'a1']);
    expect(ruleAppIds([fixed])).toEqual([]);
  });
});
