import { eq, getTableColumns, sql } from 'drizzle-orm';
import { programGroups, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { keepRules, keptRules } from './group-rules-cache';

const { rewardRules: _, ...withoutRules } = getTableColumns(programGroups);
const stamp = sql<string>`${programGroups.version}::text || ':' || ${programGroups}.xmin::text`;

/**
 * The partner group whose terms an enrollment earns under now (every enrollment has one). Its reward
 * rules come back only when this isolate does not hold them as the row is now (group-rules-cache.ts):
 * the statement sends the stamp of the rules it holds, and Postgres answers NULL when the row still has it.
 */
export async function findEnrollmentGroup({ ctx, input }: ServiceCall<{ groupId: string }>): Promise<ProgramGroup> {
  const known = keptRules(input.groupId);
  const [row] = await ctx.db
    .select({
      ...withoutRules,
      stamp,
      rewardRules: sql<
        object[] | null
      >`CASE WHEN ${stamp} = ${known?.stamp ?? ''} THEN NULL ELSE ${programGroups.rewardRules} END`,
    })
    .from(programGroups)
    .where(eq(programGroups.id, input.groupId));
  if (!row) throw new Error(`group ${input.groupId} of an enrollment is missing`);
  const { stamp: rowStamp, rewardRules, ...group } = row;
  if (rewardRules === null) return { ...group, rewardRules: known!.rules };
  keepRules(group.id, rowStamp, rewardRules);
  return { ...group, rewardRules };
}
