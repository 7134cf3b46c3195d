import { eq } from 'drizzle-orm';
import { organizations, plans } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';

/** The current tenant's organization. */
export async function getOrganization({ ctx }: ServiceCall<void>) {
  const [row] = await ctx.db
    .select({ organization: organizations, planCode: plans.code })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, actingAdvertiser(ctx).organizationId));
  if (!row) throw new NotFoundError('organization');
  return row;
}
