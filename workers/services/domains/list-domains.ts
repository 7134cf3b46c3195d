import { and, desc, eq, ne } from 'drizzle-orm';
import { customDomains, type CustomDomain } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

/**
 * The organization's custom domains, newest first (a plan allows a handful, so no paging). Its affiliates'
 * edition hosts are not among them: the editions list shows those.
 */
export async function listDomains({ ctx }: ServiceCall<void>): Promise<CustomDomain[]> {
  return ctx.db
    .select()
    .from(customDomains)
    .where(
      and(eq(customDomains.organizationId, actingAdvertiser(ctx).organizationId), ne(customDomains.purpose, 'edition')),
    )
    .orderBy(desc(customDomains.createdAt), desc(customDomains.id));
}
