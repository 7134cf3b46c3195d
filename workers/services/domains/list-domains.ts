import { desc, eq } from 'drizzle-orm';
import { customDomains, type CustomDomain } from '../../../schema';
import type { ServiceCall } from '../../context';
import { advertiserOrgId } from '../tenant-scope';

/** The organization's custom domains, newest first (a plan allows a handful, so no paging). */
export async function listDomains({ ctx }: ServiceCall<void>): Promise<CustomDomain[]> {
  return ctx.db
    .select()
    .from(customDomains)
    .where(eq(customDomains.organizationId, advertiserOrgId(ctx)))
    .orderBy(desc(customDomains.createdAt), desc(customDomains.id));
}
