import { and, asc, eq } from 'drizzle-orm';
import { affiliateTags } from '../../../schema';
import type { ServiceCall } from '../../context';
import { orgAffiliate } from './org-affiliate';

/** The tags the advertiser's team gave the affiliate, alphabetical. */
export async function listAffiliateTags({
  ctx,
  input,
}: ServiceCall<{ affiliateId: string }>): Promise<{ id: string; tag: string }[]> {
  const { organizationId, affiliateId } = await orgAffiliate({ ctx, input });
  return ctx.db
    .select({ id: affiliateTags.id, tag: affiliateTags.tag })
    .from(affiliateTags)
    .where(and(eq(affiliateTags.organizationId, organizationId), eq(affiliateTags.affiliateId, affiliateId)))
    .orderBy(asc(affiliateTags.tag));
}
