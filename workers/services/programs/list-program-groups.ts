import { and, asc, count, desc, eq } from 'drizzle-orm';
import { enrollments, programGroups, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findProgramOrThrow } from './find-program';

export type ProgramGroupRow = ProgramGroup & { memberCount: number };

/** A program's partner groups, the default first, with how many enrollments each holds. */
export async function listProgramGroups({
  ctx,
  input,
}: ServiceCall<{ programId: string }>): Promise<ProgramGroupRow[]> {
  const { organizationId } = actingAdvertiser(ctx);
  await findProgramOrThrow({ ctx, input: { organizationId, programId: input.programId } });
  const rows = await ctx.db
    .select({ group: programGroups, memberCount: count(enrollments.id) })
    .from(programGroups)
    .leftJoin(enrollments, eq(enrollments.groupId, programGroups.id))
    .where(and(eq(programGroups.programId, input.programId), eq(programGroups.organizationId, organizationId)))
    .groupBy(programGroups.id)
    .orderBy(desc(programGroups.isDefault), asc(programGroups.name));
  return rows.map((r) => ({ ...r.group, memberCount: r.memberCount }));
}
