import { and, eq, inArray } from 'drizzle-orm';
import { programGroups, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** Refuses programs or groups that are not the advertiser's, as not_found (existence never leaks). */
export async function checkTargets({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; programIds: string[]; groupIds: string[] }>): Promise<void> {
  if (input.programIds.length > 0) {
    const found = await ctx.db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.organizationId, input.organizationId), inArray(programs.id, input.programIds)));
    const missing = input.programIds.find((id) => !found.some((p) => p.id === id));
    if (missing) throw new NotFoundError('program', missing);
  }
  if (input.groupIds.length > 0) {
    const found = await ctx.db
      .select({ id: programGroups.id })
      .from(programGroups)
      .where(and(eq(programGroups.organizationId, input.organizationId), inArray(programGroups.id, input.groupIds)));
    const missing = input.groupIds.find((id) => !found.some((g) => g.id === id));
    if (missing) throw new NotFoundError('group', missing);
  }
}
