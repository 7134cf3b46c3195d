import { and, desc, eq, lt } from 'drizzle-orm';
import { links, type Link } from '../../../schema';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';

export interface ListLinksInput {
  enrollmentId?: string | undefined;
  programId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** The signed-in affiliate's links with the current advertiser, newest first. */
export async function listLinks({ ctx, input }: ServiceCall<ListLinksInput>): Promise<Link[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  return ctx.db
    .select()
    .from(links)
    .where(
      and(
        eq(links.organizationId, organizationId),
        eq(links.affiliateId, affiliateId),
        input.enrollmentId ? eq(links.enrollmentId, input.enrollmentId) : undefined,
        input.programId ? eq(links.programId, input.programId) : undefined,
        input.cursor ? lt(links.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(links.id))
    .limit(input.limit + 1);
}
