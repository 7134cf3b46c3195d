import { eq } from 'drizzle-orm';
import { organizations } from '../../../schema';
import type { BillingPeriod } from '../../../schema/enums';
import type { ServiceContext } from '../../context';
import { recordAudit } from '../audit';

/** Puts the organization on a plan and period, audited when that is a change; call it inside the transaction. */
export async function setOrganizationPlan(
  ctx: ServiceContext,
  input: { organizationId: string; planId: string; billingPeriod: BillingPeriod; reason: string },
): Promise<boolean> {
  const [before] = await ctx.db
    .select({ planId: organizations.planId, billingPeriod: organizations.billingPeriod })
    .from(organizations)
    .where(eq(organizations.id, input.organizationId))
    .for('update');
  if (!before || (before.planId === input.planId && before.billingPeriod === input.billingPeriod)) return false;
  await ctx.db
    .update(organizations)
    .set({ planId: input.planId, billingPeriod: input.billingPeriod })
    .where(eq(organizations.id, input.organizationId));
  await recordAudit({
    ctx,
    input: {
      action: 'billing.plan_changed',
      targetType: 'organization',
      targetId: input.organizationId,
      organizationId: input.organizationId,
      before,
      after: { planId: input.planId, billingPeriod: input.billingPeriod, reason: input.reason },
    },
  });
  return true;
}
