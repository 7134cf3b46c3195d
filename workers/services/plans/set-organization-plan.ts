import { eq } from 'drizzle-orm';
import { organizations, plans, type BillingPeriod, type Organization, type Plan } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { ConflictError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { requirePlatformAdmin } from '../access';

export interface OrganizationPlanChange {
  organizationId: string;
  planId: string;
  billingPeriod: BillingPeriod;
  /**
   * Platform staff by hand (installs without plan billing, support), or plan billing following the
   * organization's Stripe subscription, with the Stripe event or job that moved it.
   */
  by?: 'platform_staff' | { planBilling: string };
}

export interface OrganizationPlanResult {
  organization: Organization;
  plan: Plan;
  /** Whether the plan or period moved (plan billing writes and audits nothing when they did not). */
  changed: boolean;
}

/**
 * Puts an organization on a plan and billing period, audited in the organization's log: the one
 * path for platform staff and plan billing. Staff need the platform owner or admin role and cannot
 * pick an archived plan unless the organization is already on it (only its period changes); plan
 * billing follows what Stripe charges, runs inside the caller's transaction and records only a change.
 * Usage over the new limits is kept.
 */
export async function setOrganizationPlan({
  ctx,
  input,
}: ServiceCall<OrganizationPlanChange>): Promise<OrganizationPlanResult> {
  const by = input.by ?? 'platform_staff';
  if (by !== 'platform_staff') return movePlan(ctx, input, by.planBilling);
  requirePlatformAdmin(ctx);
  return inTransaction(ctx, (tx) => movePlan(tx, input, null));
}

/** The locked read, the checks, the write and the audit entry, in the transaction `ctx` carries. */
async function movePlan(
  ctx: ServiceContext,
  input: OrganizationPlanChange,
  billingReason: string | null,
): Promise<OrganizationPlanResult> {
  const [before] = await ctx.db
    .select()
    .from(organizations)
    .where(eq(organizations.id, input.organizationId))
    .for('no key update');
  if (!before) throw new NotFoundError('organization', input.organizationId);
  const [plan] = await ctx.db.select().from(plans).where(eq(plans.id, input.planId));
  if (!plan) throw new NotFoundError('plan', input.planId);
  if (billingReason === null && plan.archivedAt && plan.id !== before.planId)
    throw new ConflictError(`The ${plan.name} plan is archived and no longer offered`);
  const unchanged = before.planId === plan.id && before.billingPeriod === input.billingPeriod;
  if (billingReason !== null && unchanged) return { organization: before, plan, changed: false };
  const [after] = await ctx.db
    .update(organizations)
    .set({ planId: plan.id, billingPeriod: input.billingPeriod })
    .where(eq(organizations.id, before.id))
    .returning();
  const was = { planId: before.planId, billingPeriod: before.billingPeriod };
  await recordAudit({
    ctx,
    input: {
      targetType: 'organization',
      targetId: before.id,
      organizationId: before.id,
      before: was,
      ...(billingReason === null
        ? {
            action: 'organization.plan_changed',
            after: { planId: plan.id, planCode: plan.code, billingPeriod: input.billingPeriod },
          }
        : {
            action: 'billing.plan_changed',
            after: { planId: plan.id, billingPeriod: input.billingPeriod, reason: billingReason },
          }),
    },
  });
  return { organization: after!, plan, changed: !unchanged };
}
