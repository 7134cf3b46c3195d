import { eq } from 'drizzle-orm';
import { programGroups, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';

/** The partner group whose terms an enrollment earns under now (every enrollment has one). */
export async function findEnrollmentGroup({ ctx, input }: ServiceCall<{ groupId: string }>): Promise<ProgramGroup> {
  const [row] = await ctx.db.select().from(programGroups).where(eq(programGroups.id, input.groupId));
  if (!row) throw new Error(`group ${input.groupId} of an enrollment is missing`);
  return row;
}
