import { eq } from 'drizzle-orm';
import { organizations, plans } from '../../../schema';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors/app-error';

/** Refuses brand changes (402 plan_limit_reached) unless the organization's plan includes the white-label portal. */
export async function assertWhiteLabel(db: Executor, organizationId: string): Promise<void> {
  const [row] = await db
    .select({ whiteLabel: plans.whiteLabel })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, organizationId));
  if (!row?.whiteLabel)
    throw new AppError('plan_limit_reached', 'Your plan does not include the white-label portal; upgrade to brand it', {
      limit: 0,
      used: 0,
    });
}
