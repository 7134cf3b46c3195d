import type { CommissionType, Locale } from '../../schema/enums';
import { currencyDecimals, formatMinorUnits } from './format-minor-units';
import type { RuleCondition, RuleNode } from './reward-rules';
import { EN, RU, type RuleAudience, type RuleEvent, type RuleWords } from './rule-sentence-words';

/** What a sentence needs of a rule: the shape the API sends, with or without its id. */
export interface SentenceRule {
  events: RuleEvent[];
  when: { all: RuleNode[] } | { any: RuleNode[] };
  reward: { commissionType: CommissionType; rateBps: number | null; fixedMinor: number | null };
}

export interface SentenceOptions {
  locale: Locale;
  /** The program's currency: fixed rewards and the affiliate's money totals are in it. */
  currency: string;
  audience?: RuleAudience;
  /** Display names of country codes and app ids; without them the code or id is printed. */
  countryName?: (code: string) => string;
  appName?: (id: string) => string;
}

const EVENT_ORDER: RuleEvent[] = ['lead', 'sale', 'rebill'];

/** Display only: the digits come from formatMinorUnits, so no float arithmetic touches the amount. */
const money = (minor: number, currency: string, locale: Locale) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: currencyDecimals(currency),
  }).format(Number(formatMinorUnits(minor, currency)));

const percent = (bps: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bps / 10_000);

function list(items: string[], locale: Locale, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

function conditionText(c: RuleCondition, words: RuleWords, o: SentenceOptions): string {
  const anyOf = (items: string[]) => list(items, o.locale, 'disjunction');
  switch (c.kind) {
    case 'country':
      return words.country(anyOf(c.in.map((code) => o.countryName?.(code) ?? code)), Boolean(c.negate));
    case 'app':
      return words.app(anyOf(c.in.map((id) => o.appName?.(id) ?? id)), Boolean(c.negate));
    case 'product':
      return words.product(anyOf(c.in), Boolean(c.negate));
    case 'metadata':
      return words.metadata(c.key, anyOf(c.in), Boolean(c.negate));
    case 'amount':
      return words.amount(words.op[c.op], money(c.minor, c.currency, o.locale));
    case 'new_customer':
      return words.newCustomer(c.is);
    case 'affiliate_totals': {
      const isMoney = c.metric === 'commission_minor' || c.metric === 'revenue_minor';
      const value = isMoney ? money(c.value, o.currency, o.locale) : new Intl.NumberFormat(o.locale).format(c.value);
      return words.totals({
        audience: o.audience ?? 'advertiser',
        metric: c.metric,
        op: words.op[c.op],
        value,
        count: c.value,
        window: words.window(c.windowDays),
      });
    }
  }
}

/** A node as a clause; a nested group of several parts goes in brackets so "and" and "or" never blur. */
function nodeText(node: RuleNode, words: RuleWords, o: SentenceOptions, nested: boolean): string | null {
  if (!('all' in node) && !('any' in node)) return conditionText(node, words, o);
  const parts = ('all' in node ? node.all : node.any)
    .map((child) => nodeText(child, words, o, true))
    .filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  const joined = parts.join(` ${'all' in node ? words.and : words.or} `);
  return nested ? `(${joined})` : joined;
}

function rewardText(rule: SentenceRule, words: RuleWords, o: SentenceOptions): string {
  const events = EVENT_ORDER.filter((e) => rule.events.includes(e));
  const { commissionType, rateBps, fixedMinor } = rule.reward;
  const rate = percent(rateBps ?? 0, o.locale);
  const amount = money(fixedMinor ?? 0, o.currency, o.locale);
  if (commissionType === 'percent')
    return `${words.pay} ${rate} ${words.onEvents(
      list(
        events.map((e) => words.eventsPlural[e]),
        o.locale,
        'conjunction',
      ),
    )}`;
  const per = words.perEvent(
    list(
      events.map((e) => words.eventSingular[e]),
      o.locale,
      'disjunction',
    ),
  );
  return commissionType === 'fixed'
    ? `${words.pay} ${amount} ${per}`
    : `${words.pay} ${amount} ${words.plus} ${rate} ${per}`;
}

/**
 * A reward rule as one sentence in the reader's language: "Pay 35% on sales when the customer is in Germany or
 * Austria", "Pay $20.00 per lead when the product or plan is pro and the affiliate has more than 20 sales in the
 * last 30 days". A rule without conditions is the reward alone: it applies to every event it names.
 */
export function rewardRuleSentence(rule: SentenceRule, options: SentenceOptions): string {
  const words = options.locale === 'ru' ? RU : EN;
  const reward = rewardText(rule, words, options);
  const when = nodeText(rule.when, words, options, false);
  return when === null ? reward : `${reward}${words.when.startsWith(',') ? '' : ' '}${words.when} ${when}`;
}
