import { describe, expect, test } from 'vitest';
import {
  type ApiRule,
  type DraftRule,
  duplicateRule,
  newCondition,
  newRule,
} from '../../dashboard/src/features/enrollments/rule-editor/rule-draft';
import { draftToRule, ruleToDraft } from '../../dashboard/src/features/enrollments/rule-editor/rule-draft-convert';
import { editorPath, validateRules } from '../../dashboard/src/features/enrollments/rule-editor/rule-draft-validate';
import { ApiError } from '../../dashboard/src/lib/api/api-error';
import { serverIssues } from '../../dashboard/src/lib/forms/server-issues';

const cps = { currency: 'USD', payoutModel: 'cps' };
const saved: ApiRule = {
  id: '0192f000-0000-7000-8000-000000000001',
  name: 'Every kind',
  events: ['sale', 'rebill'],
  reward: { commissionType: 'hybrid', rateBps: 1_050, fixedMinor: 1_999 },
  when: {
    all: [
      { kind: 'country', in: ['DE', 'AT'] },
      { kind: 'app', in: ['0192f000-0000-7000-8000-0000000000aa'], negate: true },
      {
        any: [
          { kind: 'product', in: ['pro'] },
          { kind: 'metadata', key: 'tier', in: ['gold'] },
          {
            all: [
              { kind: 'amount', op: 'gte', minor: 5_000, currency: 'JPY' },
              { kind: 'new_customer', is: false },
            ],
          },
        ],
      },
      { kind: 'affiliate_totals', metric: 'sales', op: 'gt', value: 20, windowDays: 30 },
      { kind: 'affiliate_totals', metric: 'commission_minor', op: 'lt', value: 12_345, windowDays: null },
    ],
  },
};

describe('reward rule editor: API ↔ draft', () => {
  test('a saved rule with every condition kind, three groups deep, comes back unchanged', () => {
    const draft = ruleToDraft(saved, 'USD');
    expect(draft.rate).toBe(10.5);
    expect(draft.fixed).toBe('19.99');
    expect(validateRules([draft], cps)).toEqual({});
    expect(draftToRule(draft, 'USD')).toEqual(saved);
  });

  test('a rate is sent only where the type uses it, amounts in minor units of the currency', () => {
    const draft: DraftRule = { ...newRule('Flat', false), commissionType: 'fixed', rate: 30, fixed: '20' };
    expect(draftToRule(draft, 'USD')).toMatchObject({
      name: 'Flat',
      events: ['sale'],
      when: { all: [] },
      reward: { commissionType: 'fixed', rateBps: null, fixedMinor: 2_000 },
    });
    expect(draftToRule({ ...draft, commissionType: 'percent', rate: 35 }, 'USD').reward).toEqual({
      commissionType: 'percent',
      rateBps: 3_500,
      fixedMinor: null,
    });
    expect(draftToRule(draft, 'JPY').reward.fixedMinor).toBe(20);
  });

  test('a duplicate has no id (the API gives it one) and its own keys', () => {
    const draft = ruleToDraft(saved, 'USD');
    const copy = duplicateRule(draft, 'Every kind (copy)');
    expect(copy.id).toBeUndefined();
    expect(copy.uid).not.toBe(draft.uid);
    expect(copy.when.uid).not.toBe(draft.when.uid);
    expect(draftToRule(copy, 'USD')).toEqual({ ...saved, id: undefined, name: 'Every kind (copy)' });
  });
});

describe('reward rule editor: the API’s checks before sending', () => {
  const rule = (patch: Partial<DraftRule>): DraftRule => ({ ...newRule('R', false), rate: 35, ...patch });

  test('name, events, rate and amount', () => {
    expect(validateRules([rule({ name: '  ', events: [], rate: 101 })], cps)).toEqual({
      '0.name': 'name',
      '0.events': 'events',
      '0.rate': 'percent',
    });
    expect(validateRules([rule({ name: 'x'.repeat(121) })], cps)).toEqual({ '0.name': 'name' });
    expect(validateRules([rule({ commissionType: 'hybrid', rate: '', fixed: '1.005' })], cps)).toEqual({
      '0.rate': 'percent',
      '0.fixed': 'amount',
    });
    expect(validateRules([rule({ commissionType: 'fixed', rate: '', fixed: '5' })], cps)).toEqual({});
  });

  test('a pay-per-click program takes fixed rewards only', () => {
    expect(validateRules([rule({})], { currency: 'USD', payoutModel: 'cpc' })).toEqual({
      '0.commissionType': 'fixedOnly',
    });
  });

  test('each condition kind, by its path in the groups', () => {
    const country = newCondition('country', 'USD');
    const metadata = { ...newCondition('metadata', 'USD'), in: ['a', ' '] };
    const amount = { ...newCondition('amount', 'USD'), amount: '-1', currency: 'usd' };
    const totals = { ...newCondition('affiliate_totals', 'USD'), value: '2.5', windowDays: '0' };
    const money = { ...newCondition('affiliate_totals', 'USD'), metric: 'revenue_minor' as const, value: 'ten' };
    const lifetime = { ...newCondition('affiliate_totals', 'USD'), value: '3', lifetime: true, windowDays: '' };
    const draft = rule({
      when: {
        uid: 'g',
        mode: 'all',
        nodes: [
          country,
          { uid: 'h', mode: 'any', nodes: [metadata, { uid: 'i', mode: 'all', nodes: [amount] }] },
          totals,
          money,
          lifetime,
          newCondition('new_customer', 'USD'),
        ],
      },
    });
    expect(validateRules([rule({}), draft], cps)).toEqual({
      '1.when.0.in': 'pickOne',
      '1.when.1.0.in': 'values',
      '1.when.1.0.key': 'metaKey',
      '1.when.1.1.0.amount': 'amount',
      '1.when.1.1.0.currency': 'currency',
      '1.when.2.value': 'count',
      '1.when.2.windowDays': 'windowDays',
      '1.when.3.value': 'amount',
    });
  });

  test('a group of more than 20 parts is refused on the group', () => {
    const nodes = Array.from({ length: 21 }, () => newCondition('new_customer', 'USD'));
    expect(validateRules([rule({ when: { uid: 'g', mode: 'any', nodes } })], cps)).toEqual({ '0.when': 'tooMany' });
  });
});

describe('reward rule editor: the API’s refusals beside their fields', () => {
  test('API paths become editor paths', () => {
    expect(editorPath('rewardRules.2.when.all.1.any.0.in')).toBe('2.when.1.0.in');
    expect(editorPath('rewardRules.0.reward.rateBps')).toBe('0.rate');
    expect(editorPath('rewardRules.0.reward.fixedMinor')).toBe('0.fixed');
    expect(editorPath('rewardRules.1.when.all.0.minor')).toBe('1.when.0.amount');
    expect(editorPath('rewardRules.3.name')).toBe('3.name');
    expect(editorPath('name')).toBeNull();
  });

  test('validation_failed details, as a list or as a rule check’s issues; other errors name no field', () => {
    const error = (details: unknown, code = 'validation_failed') =>
      new ApiError({ status: 400, code, message: 'no', requestId: 'r', details });
    const issue = { path: 'rewardRules.0.name', message: 'Too small' };
    expect(serverIssues(error([issue]))).toEqual([issue]);
    expect(serverIssues(error({ issues: [issue, { path: 1 }] }))).toEqual([issue]);
    expect(serverIssues(error([issue], 'conflict'))).toEqual([]);
    expect(serverIssues(new Error('network'))).toEqual([]);
  });
});
