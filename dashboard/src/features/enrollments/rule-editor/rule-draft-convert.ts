import { currencyDecimals, formatMinorUnits } from '@domain/format-minor-units';
import { parseMajorUnits } from '@domain/major-units';
import type { RuleCondition, RuleNode } from '@domain/reward-rules';
import {
  type ApiRule,
  type DraftCondition,
  type DraftGroup,
  type DraftNode,
  type DraftRule,
  isGroup,
  newUid,
} from './rule-draft';

type Body = Omit<ApiRule, 'id'> & { id?: string };

export const isMoneyMetric = (metric: string) => metric === 'commission_minor' || metric === 'revenue_minor';

/** Integer minor units from what was typed in major units, or null when it is not an amount of the currency. */
export function minorOf(major: string, currency: string): number | null {
  const parsed = parseMajorUnits(major.trim(), currencyDecimals(currency));
  return parsed.ok ? parsed.minor : null;
}

function conditionToDraft(c: RuleCondition, currency: string): DraftCondition {
  const uid = newUid();
  switch (c.kind) {
    case 'amount':
      return { uid, kind: c.kind, op: c.op, amount: formatMinorUnits(c.minor, c.currency), currency: c.currency };
    case 'new_customer':
      return { uid, kind: c.kind, is: c.is };
    case 'affiliate_totals':
      return {
        uid,
        kind: c.kind,
        metric: c.metric,
        op: c.op,
        value: isMoneyMetric(c.metric) ? formatMinorUnits(c.value, currency) : String(c.value),
        lifetime: c.windowDays === null,
        windowDays: c.windowDays === null ? '30' : String(c.windowDays),
      };
    case 'metadata':
      return { uid, kind: c.kind, key: c.key, in: c.in, negate: Boolean(c.negate) };
    default:
      return { uid, kind: c.kind, in: c.in, negate: Boolean(c.negate) };
  }
}

function nodeToDraft(node: RuleNode, currency: string): DraftNode {
  if ('all' in node) return { uid: newUid(), mode: 'all', nodes: node.all.map((n) => nodeToDraft(n, currency)) };
  if ('any' in node) return { uid: newUid(), mode: 'any', nodes: node.any.map((n) => nodeToDraft(n, currency)) };
  return conditionToDraft(node, currency);
}

/** A saved rule as the editor holds it: percent as typed (35, not 3500 bp), amounts in major units. */
export function ruleToDraft(rule: ApiRule, currency: string): DraftRule {
  return {
    uid: newUid(),
    id: rule.id,
    name: rule.name,
    events: rule.events,
    commissionType: rule.reward.commissionType,
    rate: rule.reward.rateBps === null ? '' : rule.reward.rateBps / 100,
    fixed: rule.reward.fixedMinor === null ? '' : formatMinorUnits(rule.reward.fixedMinor, currency),
    when: nodeToDraft(rule.when, currency) as DraftGroup,
  };
}

// Sent as typed once validation passed; a value that still does not parse goes as -1, which the API refuses
// on the field, rather than being silently changed.
function conditionToBody(c: DraftCondition, currency: string): RuleCondition {
  switch (c.kind) {
    case 'amount':
      return { kind: c.kind, op: c.op, minor: minorOf(c.amount, c.currency) ?? -1, currency: c.currency };
    case 'new_customer':
      return { kind: c.kind, is: c.is };
    case 'affiliate_totals':
      return {
        kind: c.kind,
        metric: c.metric,
        op: c.op,
        value: isMoneyMetric(c.metric) ? (minorOf(c.value, currency) ?? -1) : Number(c.value),
        windowDays: c.lifetime ? null : Number(c.windowDays),
      };
    case 'metadata':
      return { kind: c.kind, key: c.key.trim(), in: c.in.map((v) => v.trim()), ...(c.negate ? { negate: true } : {}) };
    default:
      return { kind: c.kind, in: c.in.map((v) => v.trim()), ...(c.negate ? { negate: true } : {}) };
  }
}

function nodeToBody(node: DraftNode, currency: string): RuleNode {
  if (!isGroup(node)) return conditionToBody(node, currency);
  const nodes = node.nodes.map((n) => nodeToBody(n, currency));
  return node.mode === 'all' ? { all: nodes } : { any: nodes };
}

/** The rule as the API takes it: a rate only where the type uses one, an amount likewise. */
export function draftToRule(d: DraftRule, currency: string): Body {
  const rate = d.commissionType !== 'fixed' && d.rate !== '' ? Math.round(Number(d.rate) * 100) : null;
  const fixed = d.commissionType !== 'percent' ? minorOf(d.fixed, currency) : null;
  return {
    ...(d.id ? { id: d.id } : {}),
    name: d.name.trim(),
    events: d.events,
    when: nodeToBody(d.when, currency) as Body['when'],
    reward: { commissionType: d.commissionType, rateBps: rate, fixedMinor: fixed },
  };
}
