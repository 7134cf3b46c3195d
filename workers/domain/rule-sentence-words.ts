import type { AffiliateMetric, Comparison } from './reward-rules';

export type RuleEvent = 'lead' | 'sale' | 'rebill';
/** Who reads the sentence: the advertiser speaks of "the affiliate", the affiliate reads "you". */
export type RuleAudience = 'advertiser' | 'affiliate';

/** The words a reward rule's sentence is made of, in one language. */
export interface RuleWords {
  pay: string;
  /** "on sales" (a percent of what): the events as plurals joined with "and". */
  eventsPlural: Record<RuleEvent, string>;
  onEvents: (events: string) => string;
  /** "per lead" (an amount for each): the events as singulars joined with "or". */
  eventSingular: Record<RuleEvent, string>;
  perEvent: (events: string) => string;
  plus: string;
  when: string;
  and: string;
  or: string;
  op: Record<Comparison, string>;
  country: (list: string, negate: boolean) => string;
  app: (list: string, negate: boolean) => string;
  product: (list: string, negate: boolean) => string;
  metadata: (key: string, list: string, negate: boolean) => string;
  amount: (op: string, money: string) => string;
  newCustomer: (is: boolean) => string;
  window: (days: number | null) => string;
  totals: (a: {
    audience: RuleAudience;
    metric: AffiliateMetric;
    op: string;
    value: string;
    count: number;
    window: string;
  }) => string;
}

const enCount = (metric: AffiliateMetric, count: number) =>
  metric === 'sales' ? (count === 1 ? 'sale' : 'sales') : count === 1 ? 'conversion' : 'conversions';

export const EN: RuleWords = {
  pay: 'Pay',
  eventsPlural: { lead: 'leads', sale: 'sales', rebill: 'rebills' },
  onEvents: (events) => `on ${events}`,
  eventSingular: { lead: 'lead', sale: 'sale', rebill: 'rebill' },
  perEvent: (events) => `per ${events}`,
  plus: '+',
  when: 'when',
  and: 'and',
  or: 'or',
  op: { gt: 'more than', gte: 'at least', lt: 'less than', lte: 'at most', eq: 'exactly' },
  country: (list, negate) => `the customer is ${negate ? 'not ' : ''}in ${list}`,
  app: (list, negate) => `the app is ${negate ? 'not ' : ''}${list}`,
  product: (list, negate) => `the product or plan is ${negate ? 'not ' : ''}${list}`,
  metadata: (key, list, negate) => `the metadata “${key}” is ${negate ? 'not ' : ''}${list}`,
  amount: (op, money) => `the order amount is ${op} ${money}`,
  newCustomer: (is) => (is ? 'the customer is new' : 'the customer has bought before'),
  window: (days) => (days === null ? 'in total' : days === 1 ? 'in the last day' : `in the last ${days} days`),
  totals: ({ audience, metric, op, value, count, window }) => {
    const you = audience === 'affiliate';
    if (metric === 'sales' || metric === 'conversions')
      return `${you ? 'you have' : 'the affiliate has'} ${op} ${value} ${enCount(metric, count)} ${window}`;
    const what = metric === 'commission_minor' ? 'commission' : 'revenue';
    return `${you ? 'your' : 'the affiliate’s'} ${what} ${window} is ${op} ${value}`;
  },
};

/** Russian plural of a count: 1 день, 2 дня, 5 дней. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}

// Russian names take cases; the lists are put after a colon ("страна клиента: Германия или Австрия") so every
// name stays in the nominative, and counts are said as "продаж … больше 20", which needs no case of the number.
export const RU: RuleWords = {
  pay: 'Платить',
  eventsPlural: { lead: 'лидов', sale: 'продаж', rebill: 'продлений' },
  onEvents: (events) => `с ${events}`,
  eventSingular: { lead: 'лид', sale: 'продажу', rebill: 'продление' },
  perEvent: (events) => `за ${events}`,
  plus: '+',
  when: ', если',
  and: 'и',
  or: 'или',
  op: { gt: 'больше', gte: 'не меньше', lt: 'меньше', lte: 'не больше', eq: 'ровно' },
  country: (list, negate) => `страна клиента${negate ? ' не' : ''}: ${list}`,
  app: (list, negate) => `приложение${negate ? ' не' : ''}: ${list}`,
  product: (list, negate) => `продукт или тариф${negate ? ' не' : ''}: ${list}`,
  metadata: (key, list, negate) => `метаданные «${key}»${negate ? ' не' : ''}: ${list}`,
  amount: (op, money) => `сумма заказа ${op} ${money}`,
  newCustomer: (is) => (is ? 'клиент новый' : 'клиент уже покупал'),
  window: (days) =>
    days === null
      ? 'за всё время'
      : days === 1
        ? 'за последний день'
        : `за последние ${days} ${ruPlural(days, 'день', 'дня', 'дней')}`,
  totals: ({ audience, metric, op, value, window }) => {
    const you = audience === 'affiliate';
    if (metric === 'sales' || metric === 'conversions')
      return `${you ? 'у вас' : 'у партнёра'} ${metric === 'sales' ? 'продаж' : 'конверсий'} ${window} ${op} ${value}`;
    const what = metric === 'commission_minor' ? 'комиссия' : 'выручка';
    return `${you ? `ваша ${what}` : `${what} партнёра`} ${window} ${op} ${value}`;
  },
};
