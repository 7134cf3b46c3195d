import type { AffiliateMetric, Comparison } from '@domain/reward-rules';
import type { CommissionType } from '@schema/enums';
import type { ProgramGroup } from '../queries/program-groups';

/** A rule as the API sends it. */
export type ApiRule = ProgramGroup['rewardRules'][number];
export type RuleEvent = ApiRule['events'][number];
export const RULE_EVENTS: RuleEvent[] = ['lead', 'sale', 'rebill'];
export const COMPARISONS: Comparison[] = ['gt', 'gte', 'lt', 'lte', 'eq'];
export const METRICS: AffiliateMetric[] = ['sales', 'conversions', 'commission_minor', 'revenue_minor'];
export const CONDITION_KINDS = [
  'country',
  'app',
  'product',
  'metadata',
  'amount',
  'new_customer',
  'affiliate_totals',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

/** Groups nest three deep in the API: the rule's own group, and two more inside it. */
export const MAX_DEPTH = 3;
export const MAX_NODES = 20;
export const MAX_RULES = 50;

// Numbers and money are kept as typed (strings), as the group form keeps them; `uid` keys React's lists only.
export type DraftCondition = { uid: string } & (
  | { kind: 'country' | 'app' | 'product'; in: string[]; negate: boolean }
  | { kind: 'metadata'; key: string; in: string[]; negate: boolean }
  | { kind: 'amount'; op: Comparison; amount: string; currency: string }
  | { kind: 'new_customer'; is: boolean }
  | {
      kind: 'affiliate_totals';
      metric: AffiliateMetric;
      op: Comparison;
      value: string;
      lifetime: boolean;
      windowDays: string;
    }
);
export type DraftGroup = { uid: string; mode: 'all' | 'any'; nodes: DraftNode[] };
export type DraftNode = DraftCondition | DraftGroup;

export type DraftRule = {
  uid: string;
  /** Kept when a saved rule is sent back, so the stored calculations keep naming it. */
  id?: string;
  name: string;
  events: RuleEvent[];
  commissionType: CommissionType;
  rate: number | string;
  fixed: string;
  when: DraftGroup;
};

export const isGroup = (node: DraftNode): node is DraftGroup => 'nodes' in node;

let counter = 0;
export const newUid = () => `r${Date.now().toString(36)}${(counter++).toString(36)}`;

export function newCondition(kind: ConditionKind, currency: string): DraftCondition {
  const uid = newUid();
  switch (kind) {
    case 'metadata':
      return { uid, kind, key: '', in: [], negate: false };
    case 'amount':
      return { uid, kind, op: 'gte', amount: '', currency };
    case 'new_customer':
      return { uid, kind, is: true };
    case 'affiliate_totals':
      return { uid, kind, metric: 'sales', op: 'gt', value: '', lifetime: false, windowDays: '30' };
    default:
      return { uid, kind, in: [], negate: false };
  }
}

export const newGroup = (mode: 'all' | 'any' = 'all'): DraftGroup => ({ uid: newUid(), mode, nodes: [] });

/** A new rule pays a percent on sales in a CPS program, a fixed amount where only that is allowed (CPC). */
export function newRule(name: string, fixedOnly: boolean): DraftRule {
  return {
    uid: newUid(),
    name,
    events: ['sale'],
    commissionType: fixedOnly ? 'fixed' : 'percent',
    rate: '',
    fixed: '',
    when: newGroup('all'),
  };
}

/** A copy with fresh keys and no id: the API gives the copy its own. */
export function duplicateRule(rule: DraftRule, name: string): DraftRule {
  const copyNode = (node: DraftNode): DraftNode =>
    isGroup(node) ? { ...node, uid: newUid(), nodes: node.nodes.map(copyNode) } : { ...node, uid: newUid() };
  const { id: _id, ...rest } = rule;
  return { ...rest, uid: newUid(), name, when: copyNode(rule.when) as DraftGroup };
}
