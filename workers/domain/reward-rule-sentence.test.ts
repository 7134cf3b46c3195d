import { describe, expect, test } from 'vitest';
import { rewardRuleSentence, type SentenceOptions, type SentenceRule } from './reward-rule-sentence';
import type { RuleNode } from './reward-rules';

// Intl puts narrow and ordinary no-break spaces into Russian numbers; the table reads plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const pct = (rateBps: number) => ({ commissionType: 'percent' as const, rateBps, fixedMinor: null });
const fixed = (fixedMinor: number) => ({ commissionType: 'fixed' as const, rateBps: null, fixedMinor });
const rule = (
  when: RuleNode[],
  reward: SentenceRule['reward'] = pct(3_500),
  events: SentenceRule['events'] = ['sale'],
): SentenceRule => ({
  events,
  when: { all: when },
  reward,
});
const names: Partial<SentenceOptions> = {
  countryName: (code) => ({ DE: 'Germany', AT: 'Austria' })[code] ?? code,
  appName: (id) => ({ 'app-1': 'Shop', 'app-2': 'Mobile' })[id] ?? id,
};
const en = (r: SentenceRule, o: Partial<SentenceOptions> = {}) =>
  plain(rewardRuleSentence(r, { locale: 'en', currency: 'USD', ...names, ...o }));
const ru = (r: SentenceRule, o: Partial<SentenceOptions> = {}) =>
  plain(rewardRuleSentence(r, { locale: 'ru', currency: 'USD', ...names, ...o }));

describe('reward rule sentences: every condition kind in English and Russian', () => {
  const cases: { name: string; when: RuleNode; en: string; ru: string }[] = [
    {
      name: 'country',
      when: { kind: 'country', in: ['DE', 'AT'] },
      en: 'the customer is in Germany or Austria',
      ru: 'страна клиента: Germany или Austria',
    },
    {
      name: 'country, negated',
      when: { kind: 'country', in: ['DE'], negate: true },
      en: 'the customer is not in Germany',
      ru: 'страна клиента не: Germany',
    },
    {
      name: 'app',
      when: { kind: 'app', in: ['app-1', 'app-2'] },
      en: 'the app is Shop or Mobile',
      ru: 'приложение: Shop или Mobile',
    },
    {
      name: 'product',
      when: { kind: 'product', in: ['pro'] },
      en: 'the product or plan is pro',
      ru: 'продукт или тариф: pro',
    },
    {
      name: 'metadata',
      when: { kind: 'metadata', key: 'tier', in: ['gold', 'silver', 'bronze'] },
      en: 'the metadata “tier” is gold, silver, or bronze',
      ru: 'метаданные «tier»: gold, silver или bronze',
    },
    {
      name: 'amount',
      when: { kind: 'amount', op: 'gte', minor: 10_000, currency: 'EUR' },
      en: 'the order amount is at least €100.00',
      ru: 'сумма заказа не меньше 100,00 €',
    },
    {
      name: 'new customer',
      when: { kind: 'new_customer', is: true },
      en: 'the customer is new',
      ru: 'клиент новый',
    },
    {
      name: 'returning customer',
      when: { kind: 'new_customer', is: false },
      en: 'the customer has bought before',
      ru: 'клиент уже покупал',
    },
    {
      name: 'affiliate sales in a window',
      when: { kind: 'affiliate_totals', metric: 'sales', op: 'gt', value: 20, windowDays: 30 },
      en: 'the affiliate has more than 20 sales in the last 30 days',
      ru: 'у партнёра продаж за последние 30 дней больше 20',
    },
    {
      name: 'affiliate conversions, lifetime, one',
      when: { kind: 'affiliate_totals', metric: 'conversions', op: 'lt', value: 1, windowDays: null },
      en: 'the affiliate has less than 1 conversion in total',
      ru: 'у партнёра конверсий за всё время меньше 1',
    },
    {
      name: 'affiliate commission (money in the program currency)',
      when: { kind: 'affiliate_totals', metric: 'commission_minor', op: 'lte', value: 50_000, windowDays: 1 },
      en: 'the affiliate’s commission in the last day is at most $500.00',
      ru: 'комиссия партнёра за последний день не больше 500,00 $',
    },
    {
      name: 'affiliate revenue',
      when: { kind: 'affiliate_totals', metric: 'revenue_minor', op: 'eq', value: 100_000, windowDays: 22 },
      en: 'the affiliate’s revenue in the last 22 days is exactly $1,000.00',
      ru: 'выручка партнёра за последние 22 дня ровно 1 000,00 $',
    },
  ];
  test.each(cases)('$name', ({ when, en: english, ru: russian }) => {
    expect(en(rule([when]))).toBe(`Pay 35% on sales when ${english}`);
    expect(ru(rule([when]))).toBe(`Платить 35 % с продаж, если ${russian}`);
  });
});

describe('reward rule sentences: rewards, events and combinations', () => {
  test('the example of the issue: DE or AT pays 35 %', () => {
    expect(en(rule([{ kind: 'country', in: ['DE', 'AT'] }]), { countryName: (c) => c })).toBe(
      'Pay 35% on sales when the customer is in DE or AT',
    );
  });

  test('a fixed reward per lead, plan and the affiliate’s sales joined with and', () => {
    const r = rule(
      [
        { kind: 'product', in: ['pro'] },
        { kind: 'affiliate_totals', metric: 'sales', op: 'gt', value: 20, windowDays: 30 },
      ],
      fixed(2_000),
      ['lead'],
    );
    expect(en(r)).toBe(
      'Pay $20.00 per lead when the product or plan is pro and the affiliate has more than 20 sales in the last 30 days',
    );
    expect(ru(r)).toBe(
      'Платить 20,00 $ за лид, если продукт или тариф: pro и у партнёра продаж за последние 30 дней больше 20',
    );
  });

  test('the affiliate reads "you"', () => {
    const r = rule([{ kind: 'affiliate_totals', metric: 'sales', op: 'gte', value: 1, windowDays: null }]);
    expect(en(r, { audience: 'affiliate' })).toBe('Pay 35% on sales when you have at least 1 sale in total');
    expect(ru(r, { audience: 'affiliate' })).toBe('Платить 35 % с продаж, если у вас продаж за всё время не меньше 1');
    const money = rule([{ kind: 'affiliate_totals', metric: 'commission_minor', op: 'gt', value: 100, windowDays: 7 }]);
    expect(en(money, { audience: 'affiliate' })).toBe(
      'Pay 35% on sales when your commission in the last 7 days is more than $1.00',
    );
    expect(ru(money, { audience: 'affiliate' })).toBe(
      'Платить 35 % с продаж, если ваша комиссия за последние 7 дней больше 1,00 $',
    );
  });

  test('a hybrid reward on several events, in the events’ own order', () => {
    const r = rule([], { commissionType: 'hybrid', rateBps: 1_050, fixedMinor: 500 }, ['rebill', 'sale']);
    expect(en(r)).toBe('Pay $5.00 + 10.5% per sale or rebill');
    expect(ru(r)).toBe('Платить 5,00 $ + 10,5 % за продажу или продление');
    expect(en(rule([], pct(1_000), ['rebill', 'lead', 'sale']))).toBe('Pay 10% on leads, sales, and rebills');
    expect(ru(rule([], pct(1_000), ['rebill', 'lead', 'sale']))).toBe('Платить 10 % с лидов, продаж и продлений');
  });

  test('a zero-decimal currency prints no cents', () => {
    expect(en(rule([], fixed(500), ['sale']), { currency: 'JPY' })).toBe('Pay ¥500 per sale');
  });

  test('any, and a nested group in brackets; empty groups say nothing', () => {
    const r: SentenceRule = {
      events: ['sale'],
      reward: pct(3_500),
      when: {
        any: [
          { kind: 'new_customer', is: true },
          {
            all: [
              { kind: 'country', in: ['DE'] },
              { kind: 'amount', op: 'gt', minor: 5_000, currency: 'USD' },
            ],
          },
          { all: [] },
          { any: [{ kind: 'product', in: ['pro'] }] },
        ],
      },
    };
    expect(en(r)).toBe(
      'Pay 35% on sales when the customer is new or (the customer is in Germany and the order amount is more than $50.00) or the product or plan is pro',
    );
    expect(ru(r)).toBe(
      'Платить 35 % с продаж, если клиент новый или (страна клиента: Germany и сумма заказа больше 50,00 $) или продукт или тариф: pro',
    );
    expect(en({ ...r, when: { any: [{ all: [] }] } })).toBe('Pay 35% on sales');
  });

  test('codes and ids print as they are without names', () => {
    const r = rule([
      { kind: 'country', in: ['FR'] },
      { kind: 'app', in: ['0192-app'] },
    ]);
    expect(plain(rewardRuleSentence(r, { locale: 'en', currency: 'USD' }))).toBe(
      'Pay 35% on sales when the customer is in FR and the app is 0192-app',
    );
  });
});
