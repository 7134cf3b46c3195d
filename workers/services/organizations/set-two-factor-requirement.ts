import { eq } from 'drizzle-orm';
import { organizations, plans, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actorId, actingAdvertiser } from '../access';
import { lockOrganization } from './lock-organization';

/**
 * Turns the organization's 2FA requirement for its members on or off (owners only: the route
 * says so). Whoever turns it on must have 2FA on, or they would lock themselves out after the
 * grace period. Members without 2FA get the grace period from their next signed-in request. Audited.
 */
export async function setTwoFactorRequirement({ ctx, input }: ServiceCall<{ required: boolean }>) {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const userId = actorId(ctx);
  if (input.required) {
    const [me] = await ctx.db.select({ totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
    if (!me?.totpEnabledAt)
      throw new AppError(
        'two_factor_required',
        'Turn on two-step verification for your own account first (Account → Security), then require it of your team',
        { rule: 'organization' },
      );
  }
  return inTransaction(ctx, async (tx) => {
    const current = await lockOrganization({ ctx: tx, input: { organizationId } });
    const [updated] = await tx.db
      .update(organizations)
      .set({ requireTwoFactor: input.required, updatedAt: tx.now })
      .where(eq(organizations.id, organizationId))
      .returning();
    if (current.requireTwoFactor !== input.required)
      await recordAudit({
        ctx: tx,
        input: {
          action: 'organization.two_factor_requirement_changed',
          targetType: 'organization',
          targetId: organizationId,
          before: { requireTwoFactor: current.requireTwoFactor },
          after: { requireTwoFactor: input.required },
        },
      });
    const [plan] = await tx.db.select({ code: plans.code }).from(plans).where(eq(plans.id, updated!.planId));
    return { organization: updated!, planCode: plan!.code };
  });
}
