/**
 * Reward rule sets (schema reward_rule_sets) this isolate has read, by id. A set is never updated, so a kept
 * one is always right: the settling transaction keeps the set its group's rules came from, and the line it
 * writes is worded from here without another read. Shared between requests, so never mutated.
 */
export interface KeptRuleSet {
  organizationId: string;
  rules: object[];
}

const kept = new Map<string, KeptRuleSet>();

/** Enough for every busy group of an isolate; a full map starts over rather than tracking use. */
const KEPT_SETS = 512;

export function keptRuleSet(id: string): KeptRuleSet | null {
  return kept.get(id) ?? null;
}

export function keepRuleSet(id: string, set: KeptRuleSet): void {
  if (kept.size >= KEPT_SETS && !kept.has(id)) kept.clear();
  kept.set(id, set);
}
