import { desc, eq } from 'drizzle-orm';
import { customDomains, type CustomDomain } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

/** The organization's custom domains, newest first (a plan allows a handful, so no paging). */
export async function listDomains({ ctx }: ServiceCall<void>): Promise<CustomDomain[]> {
  return ctx.db
    .select()
    .from(customDomains)
    .where(eq(customDomains.organizationId, actingAdvertiser(ctx).organizationId))
    .orderBy(desc(customDomains.createdAt), desc(customDomains.id));
}
