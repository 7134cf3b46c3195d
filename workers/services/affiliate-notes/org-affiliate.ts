import { and, eq } from 'drizzle-orm';
import { enrollments } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';

/**
 * The acting advertiser and the affiliate, once it is one of the advertiser's (enrolled in any of its programs,
 * in any status); anyone else is not_found, like an id that does not exist.
 */
export async function orgAffiliate({
  ctx,
  input,
}: ServiceCall<{ affiliateId: string }>): Promise<{ organizationId: string; affiliateId: string }> {
  const { organizationId } = actingAdvertiser(ctx);
  const [row] = await ctx.db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.organizationId, organizationId), eq(enrollments.affiliateId, input.affiliateId)))
    .limit(1);
  if (!row) throw new NotFoundError('affiliate', input.affiliateId);
  return { organizationId, affiliateId: input.affiliateId };
}
