import { and, desc, eq } from 'drizzle-orm';
import { creatives, type Creative } from '../../../schema';
import type { ServiceCall } from '../../context';
import { findProgramOrThrow } from '../programs';
import { actingAdvertiser } from '../access';

export async function listCreatives({ ctx, input }: ServiceCall<{ programId: string }>): Promise<Creative[]> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await findProgramOrThrow(ctx.db, organizationId, input.programId);
  return ctx.db
    .select()
    .from(creatives)
    .where(and(eq(creatives.programId, input.programId), eq(creatives.organizationId, organizationId)))
    .orderBy(desc(creatives.id));
}
