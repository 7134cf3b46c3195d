import { and, desc, eq } from 'drizzle-orm';
import { memberships, organizations, plans } from '../../../schema';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { actorId, portalScope } from '../access';

/** The organizations the signed-in user is a member of, with its role in each. */
export async function listMyOrganizations({ ctx }: ServiceCall<void>) {
  return ctx.db
    .select({ organization: organizations, planCode: plans.code, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(and(eq(memberships.userId, actorId(ctx)), eqIf(organizations.id, portalScope(ctx))))
    .orderBy(desc(organizations.id));
}
