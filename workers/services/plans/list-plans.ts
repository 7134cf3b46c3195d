import { asc, count, eq, getTableColumns, isNull } from 'drizzle-orm';
import { organizations, plans, type Plan } from '../../../schema';
import type { ServiceCall } from '../../context';
import { requirePlatformStaff } from '../access';

export type PlanWithSubscribers = Plan & { subscribers: number };

/** Every plan, archived ones included, with how many organizations are on each (platform staff). */
export async function listPlans({ ctx }: ServiceCall<void>): Promise<PlanWithSubscribers[]> {
  requirePlatformStaff(ctx);
  return ctx.db
    .select({ ...getTableColumns(plans), subscribers: count(organizations.id) })
    .from(plans)
    .leftJoin(organizations, eq(organizations.planId, plans.id))
    .groupBy(plans.id)
    .orderBy(asc(plans.archivedAt), asc(plans.monthlyPriceMinor), asc(plans.code));
}

/** Plans an advertiser may move to: not archived, cheapest first. */
export function offeredPlans({ ctx }: ServiceCall<void>): Promise<Plan[]> {
  return ctx.db
    .select()
    .from(plans)
    .where(isNull(plans.archivedAt))
    .orderBy(asc(plans.monthlyPriceMinor), asc(plans.code));
}
