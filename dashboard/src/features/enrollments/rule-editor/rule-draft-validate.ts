import { CURRENCY_CODES } from '@contracts/iso-codes';
import { isMoneyMetric, minorOf } from './rule-draft-convert';
import { type DraftCondition, type DraftGroup, type DraftRule, isGroup, MAX_NODES } from './rule-draft';

/** What is wrong with a field, as a key under `errors.*` of the rules namespace. */
export type RuleFieldError =
  | 'name'
  | 'events'
  | 'percent'
  | 'amount'
  | 'fixedOnly'
  | 'tooMany'
  | 'pickOne'
  | 'values'
  | 'metaKey'
  | 'currency'
  | 'count'
  | 'windowDays';

const NAME_MAX = 120;
const VALUE_MAX = 200;
const isInt = (text: string, min: number, max: number) =>
  /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

function conditionErrors(c: DraftCondition, path: string, currency: string, out: Record<string, RuleFieldError>) {
  switch (c.kind) {
    case 'country':
    case 'app':
    case 'product':
    case 'metadata': {
      const max = c.kind === 'country' ? 250 : 100;
      if (c.in.length === 0) out[`${path}.in`] = 'pickOne';
      else if (c.in.length > max) out[`${path}.in`] = 'tooMany';
      else if (c.in.some((v) => v.trim() === '' || v.trim().length > VALUE_MAX)) out[`${path}.in`] = 'values';
      if (c.kind === 'metadata' && (c.key.trim() === '' || c.key.trim().length > 100)) out[`${path}.key`] = 'metaKey';
      return;
    }
    case 'amount':
      if (minorOf(c.amount, c.currency) === null) out[`${path}.amount`] = 'amount';
      if (!CURRENCY_CODES.has(c.currency)) out[`${path}.currency`] = 'currency';
      return;
    case 'affiliate_totals':
      if (isMoneyMetric(c.metric) ? minorOf(c.value, currency) === null : !isInt(c.value, 0, 1_000_000_000_000))
        out[`${path}.value`] = isMoneyMetric(c.metric) ? 'amount' : 'count';
      if (!c.lifetime && !isInt(c.windowDays, 1, 3_650)) out[`${path}.windowDays`] = 'windowDays';
      return;
    case 'new_customer':
      return;
  }
}

function groupErrors(g: DraftGroup, path: string, currency: string, out: Record<string, RuleFieldError>) {
  if (g.nodes.length > MAX_NODES) out[path] = 'tooMany';
  g.nodes.forEach((node, i) => {
    if (isGroup(node)) groupErrors(node, `${path}.${i}`, currency, out);
    else conditionErrors(node, `${path}.${i}`, currency, out);
  });
}

/**
 * The API's checks of reward rules (rule-schemas.ts and groupRuleIssues), keyed by the editor's paths
 * (`0.name`, `0.when.1.0.in`: rule, then the position in each group), so the form refuses what the API would.
 */
export function validateRules(
  rules: DraftRule[],
  program: { currency: string; payoutModel: string },
): Record<string, RuleFieldError> {
  const out: Record<string, RuleFieldError> = {};
  rules.forEach((rule, r) => {
    const name = rule.name.trim();
    if (name === '' || name.length > NAME_MAX) out[`${r}.name`] = 'name';
    if (rule.events.length === 0) out[`${r}.events`] = 'events';
    if (program.payoutModel === 'cpc' && rule.commissionType !== 'fixed') out[`${r}.commissionType`] = 'fixedOnly';
    const rate = Number(rule.rate);
    if (rule.commissionType !== 'fixed' && (rule.rate === '' || !(rate >= 0 && rate <= 100)))
      out[`${r}.rate`] = 'percent';
    if (rule.commissionType !== 'percent' && minorOf(rule.fixed, program.currency) === null)
      out[`${r}.fixed`] = 'amount';
    groupErrors(rule.when, `${r}.when`, program.currency, out);
  });
  return out;
}

const FIELD_NAMES: Record<string, string> = { rateBps: 'rate', fixedMinor: 'fixed', minor: 'amount' };

/**
 * A path of the API's validation details (`rewardRules.0.when.all.1.any.0.in`, `rewardRules.0.reward.rateBps`)
 * as the editor's (`0.when.1.0.in`, `0.rate`), or null when it is not about the rules.
 */
export function editorPath(apiPath: string): string | null {
  const parts = apiPath.split('.');
  if (parts[0] !== 'rewardRules' || parts.length < 2) return null;
  return parts
    .slice(1)
    .filter((part) => part !== 'all' && part !== 'any' && part !== 'reward')
    .map((part) => FIELD_NAMES[part] ?? part)
    .join('.');
}
