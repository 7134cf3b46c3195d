import { eq } from 'drizzle-orm';
import { organizations, plans, type BillingPeriod, type Organization, type Plan } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { ConflictError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { requirePlatformAdmin } from '../access';

export interface OrganizationPlanChange {
  organizationId: string;
  planId: string;
  billingPeriod: BillingPeriod;
}

/**
 * Platform staff (owner or admin) put an organization on a plan and billing period, as billing
 * would: for installs without billing, and for support. An archived plan is refused unless the
 * organization is already on it (only its period changes). Usage over the new limits is kept.
 * Audited in the organization's log.
 */
export async function setOrganizationPlan({
  ctx,
  input,
}: ServiceCall<OrganizationPlanChange>): Promise<{ organization: Organization; plan: Plan }> {
  requirePlatformAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, input.organizationId))
      .for('no key update');
    if (!before) throw new NotFoundError('organization', input.organizationId);
    const [plan] = await tx.db.select().from(plans).where(eq(plans.id, input.planId));
    if (!plan) throw new NotFoundError('plan', input.planId);
    if (plan.archivedAt && plan.id !== before.planId)
      throw new ConflictError(`The ${plan.name} plan is archived and no longer offered`);
    const [after] = await tx.db
      .update(organizations)
      .set({ planId: plan.id, billingPeriod: input.billingPeriod })
      .where(eq(organizations.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'organization.plan_changed',
        targetType: 'organization',
        targetId: before.id,
        organizationId: before.id,
        before: { planId: before.planId, billingPeriod: before.billingPeriod },
        after: { planId: plan.id, planCode: plan.code, billingPeriod: input.billingPeriod },
      },
    });
    return { organization: after!, plan };
  });
}
