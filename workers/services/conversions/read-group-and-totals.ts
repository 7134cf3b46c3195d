import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { programGroups, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { namedShapes, runNamed } from '../../db/execute-named';
import { type TotalsPlan, type TotalsShape, totalsSql } from '../enrollments';
import { keepRules, keptRules } from './group-rules-cache';

const { rewardRules: _, ...withoutRules } = getTableColumns(programGroups);
const columns = Object.entries(withoutRules);

/**
 * The group's row by id, each column under its field's name; its rules only when the row names another rule set
 * than the one this isolate holds for the group (group-rules-cache.ts); and, when the caller plans them, the
 * affiliate's totals (affiliate-totals-sql.ts) beside it, one round trip for both. Named: it runs on every
 * conversion, and a warm connection then parses it once and keeps a generic plan.
 */
const groupStatement = namedShapes('enrollment_group', (totals: TotalsShape | null, slot) => {
  const fields: SQL[] = columns.map(([field, column]) => sql`${column} AS ${sql.identifier(field)}`);
  return sql`SELECT ${sql.join(fields, sql`, `)},
      CASE WHEN ${programGroups.rewardRuleSetId} = ${slot('known_set')}::uuid THEN NULL ELSE ${programGroups.rewardRules} END AS reward_rules
      ${totals ? sql`, t.*` : sql``}
    FROM ${programGroups}
    ${totals ? sql`CROSS JOIN LATERAL (${totalsSql(totals, slot)}) t` : sql``}
    WHERE ${programGroups.id} = ${slot('group_id')}::uuid`;
});

/** The group as drizzle's select maps it: each column's driver value through the column's own mapping. */
function groupOf(row: Record<string, unknown>): Omit<ProgramGroup, 'rewardRules'> {
  const group: Record<string, unknown> = {};
  for (const [field, column] of columns) {
    const value = row[field];
    group[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return group as Omit<ProgramGroup, 'rewardRules'>;
}

/**
 * A partner group by id (findEnrollmentGroup says which) and, when `totals` plans them, the affiliate's
 * totals read in the same statement (`totalsRow`, which the plan's `read` turns into a map).
 */
export async function readGroupAndTotals({
  ctx,
  input,
}: ServiceCall<{ groupId: string; totals?: TotalsPlan | null }>): Promise<{
  group: ProgramGroup;
  totalsRow: Record<string, unknown>;
}> {
  const known = keptRules(input.groupId);
  const plan = input.totals ?? null;
  const { rows } = await runNamed(ctx.db, groupStatement(plan?.shape ?? null), {
    ...plan?.values,
    group_id: input.groupId,
    known_set: known?.setId ?? null,
  });
  const row = rows[0] as Record<string, unknown> | undefined;
  if (!row) throw new Error(`group ${input.groupId} of an enrollment is missing`);
  const group = groupOf(row);
  const fresh = row.reward_rules as object[] | null;
  if (fresh === null) return { group: { ...group, rewardRules: known!.rules }, totalsRow: row };
  // Kept by the set these rules are, so the lines they decide are worded from here too (programs/word-rule-verdicts.ts).
  keepRules(group, fresh);
  return { group: { ...group, rewardRules: fresh }, totalsRow: row };
}
