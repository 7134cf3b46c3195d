import { keepRuleSet, keptRuleSet } from '../programs';

/**
 * Which rule set (reward_rule_sets) this isolate last read for each partner group, by group id; the rules
 * themselves are kept once, by set (programs/rule-set-cache.ts), where the lines they decide are worded from.
 * A group's rules change only with its set: the program_groups_rule_set trigger writes a new set, under a new
 * random id, on every change however it is made, and a set written by a change that was rolled back is never
 * named by a committed row. So the group read sends the set it holds, and Postgres answers NULL for the rules
 * while the row still names it: a group with 50 rules is about 13 kB of JSON that every conversion of its
 * members would otherwise carry from Postgres and parse. Shared between requests, so never mutated.
 */
const held = new Map<string, string>();

/** Enough for every busy group of an isolate; a full map starts over rather than tracking use. */
const KEPT_GROUPS = 512;

/** The group's rules this isolate holds, with the set they are; null when it holds none (or lost the set). */
export function keptRules(groupId: string): { setId: string; rules: object[] } | null {
  const setId = held.get(groupId);
  const set = setId ? keptRuleSet(setId) : null;
  return set ? { setId: setId!, rules: set.rules } : null;
}

/** Keeps the rules the group's row holds, by the set it names (a row that names none is not kept). */
export function keepRules(
  group: { id: string; organizationId: string; rewardRuleSetId: string | null },
  rules: object[],
): void {
  const setId = group.rewardRuleSetId;
  if (!setId) return;
  if (held.size >= KEPT_GROUPS && !held.has(group.id)) held.clear();
  held.set(group.id, setId);
  keepRuleSet(setId, { organizationId: group.organizationId, rules });
}
