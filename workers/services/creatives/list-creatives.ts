import { and, desc, eq } from 'drizzle-orm';
import { creatives, type Creative } from '../../../schema';
import type { ServiceCall } from '../../context';
import { findProgramOrThrow } from '../programs/find-program';
import { advertiserOrgId } from '../tenant-scope';

export async function listCreatives({ ctx, input }: ServiceCall<{ programId: string }>): Promise<Creative[]> {
  const organizationId = advertiserOrgId(ctx);
  await findProgramOrThrow(ctx.db, organizationId, input.programId);
  return ctx.db
    .select()
    .from(creatives)
    .where(and(eq(creatives.programId, input.programId), eq(creatives.organizationId, organizationId)))
    .orderBy(desc(creatives.id));
}
