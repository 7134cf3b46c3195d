import { and, eq } from 'drizzle-orm';
import { affiliateTags, type Enrollment, enrollments } from '../../../schema';
import type { ServiceCall } from '../../context';

/** The affiliate's enrollments with one advertiser (by program) and the tags the advertiser gave it. */
export async function readMyBountyScope({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; affiliateId: string }>): Promise<{
  byProgram: Map<string, Enrollment>;
  tags: string[];
}> {
  const [own, tags] = await Promise.all([
    ctx.db
      .select()
      .from(enrollments)
      .where(and(eq(enrollments.organizationId, input.organizationId), eq(enrollments.affiliateId, input.affiliateId))),
    ctx.db
      .select({ tag: affiliateTags.tag })
      .from(affiliateTags)
      .where(
        and(eq(affiliateTags.organizationId, input.organizationId), eq(affiliateTags.affiliateId, input.affiliateId)),
      ),
  ]);
  return { byProgram: new Map(own.map((e) => [e.programId, e])), tags: tags.map((t) => t.tag) };
}
