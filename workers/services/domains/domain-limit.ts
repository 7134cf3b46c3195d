import { count, eq } from 'drizzle-orm';
import { customDomains, organizations, plans } from '../../../schema';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors/app-error';

/**
 * Refuses a domain beyond the plan's `custom_domains` (NULL: unlimited). Locks the organization
 * row, so two adds at once cannot both pass at the boundary.
 */
export async function assertDomainLimit(db: Executor, organizationId: string): Promise<void> {
  const [org] = await db
    .select({ planId: organizations.planId })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .for('update');
  const [plan] = org ? await db.select({ limit: plans.customDomains }).from(plans).where(eq(plans.id, org.planId)) : [];
  const limit: number | null = plan?.limit ?? null;
  if (limit === null) return;
  const [row] = await db
    .select({ used: count() })
    .from(customDomains)
    .where(eq(customDomains.organizationId, organizationId));
  const used = row?.used ?? 0;
  if (used >= limit)
    throw new AppError(
      'plan_limit_reached',
      limit === 0
        ? 'Your plan does not include custom domains; upgrade to add one'
        : `Your plan includes ${limit} custom domain(s) and all are in use; delete one or upgrade`,
      { limit, used },
    );
}
