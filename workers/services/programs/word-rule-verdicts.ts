import { inArray } from 'drizzle-orm';
import { rewardRuleSets } from '../../../schema';
import type { ServiceContext } from '../../context';
import { type RewardRule, ruleVerdicts } from '../../domain/reward-rules';
import { keepRuleSet, keptRuleSet } from './rule-set-cache';

/** What a line read for showing needs here: its advertiser and its calculation (replaced, never mutated). */
export interface WordableLine {
  organizationId: string;
  calculation: Record<string, unknown>;
}

const storedSet = (c: Record<string, unknown>) =>
  typeof c.rewardRuleSet === 'string' && Array.isArray(c.ruleVerdicts) ? c.rewardRuleSet : null;

/**
 * Puts into words the rule verdicts that lines store without them (earn-lines.ts): each line's
 * `ruleVerdicts` becomes `rewardRules` (id, name, outcome, detail per rule), written from the rule set the
 * line names as the rules were then, whatever the group's rules are now. Sets come from this isolate's
 * cache, and one query reads the ones it lacks; a set words only lines of its own advertiser. A line whose
 * set is missing, of another advertiser or does not fit its verdicts keeps them as stored. Replaces
 * `calculation` on the lines given, which the caller has just read.
 */
export async function wordRuleVerdicts({
  ctx,
  input: lines,
}: {
  ctx: Pick<ServiceContext, 'db'>;
  input: WordableLine[];
}): Promise<void> {
  const ids = new Set<string>();
  for (const line of lines) {
    const id = storedSet(line.calculation);
    if (id) ids.add(id);
  }
  if (ids.size === 0) return;
  const missing = [...ids].filter((id) => !keptRuleSet(id));
  if (missing.length > 0) {
    const rows = await ctx.db
      .select({ id: rewardRuleSets.id, organizationId: rewardRuleSets.organizationId, rules: rewardRuleSets.rules })
      .from(rewardRuleSets)
      .where(inArray(rewardRuleSets.id, missing));
    for (const row of rows) keepRuleSet(row.id, { organizationId: row.organizationId, rules: row.rules });
  }
  for (const line of lines) {
    const id = storedSet(line.calculation);
    const set = id ? keptRuleSet(id) : null;
    if (!set || set.organizationId !== line.organizationId) continue;
    // Stored as the API's zod schema accepted them (schema/ does not import the domain's type).
    const words = ruleVerdicts(set.rules as RewardRule[], line.calculation.ruleVerdicts);
    if (!words) continue;
    const { ruleVerdicts: _, ...rest } = line.calculation;
    line.calculation = { ...rest, rewardRules: words };
  }
}
