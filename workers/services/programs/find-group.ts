import { and, eq } from 'drizzle-orm';
import { programGroups, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** A group of one program of `organizationId`; not_found for another program's or tenant's. `lock` takes a row lock. */
export async function findGroupOrThrow({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; programId: string; groupId: string; lock?: boolean }>): Promise<ProgramGroup> {
  const query = ctx.db
    .select()
    .from(programGroups)
    .where(
      and(
        eq(programGroups.id, input.groupId),
        eq(programGroups.programId, input.programId),
        eq(programGroups.organizationId, input.organizationId),
      ),
    );
  const [row] = input.lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('group', input.groupId);
  return row;
}

/** The group a program's new enrollments join unless told otherwise (every program has one). */
export async function findDefaultGroup({ ctx, input }: ServiceCall<{ programId: string }>): Promise<ProgramGroup> {
  const [row] = await ctx.db
    .select()
    .from(programGroups)
    .where(and(eq(programGroups.programId, input.programId), eq(programGroups.isDefault, true)));
  if (!row) throw new NotFoundError('default group of program', input.programId);
  return row;
}
