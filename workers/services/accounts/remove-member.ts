import { eq } from 'drizzle-orm';
import { memberships } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { canManageRole, leavesNoOwner } from '../../domain/member-roles';
import { AppError, ConflictError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { lockMembership } from './lock-membership';

/** Removes someone from the team; their account and sessions stay, access to this tenant ends. */
export async function removeMember({ ctx, input }: ServiceCall<{ userId: string }>): Promise<void> {
  const { organizationId, role: acting } = actingAdvertiser(ctx);
  await inTransaction(ctx, async (tx) => {
    const { membership, owners } = await lockMembership({ ctx: tx, input: { organizationId, userId: input.userId } });
    if (!canManageRole(acting, membership.role)) throw new AppError('forbidden', 'Only an owner can remove an owner');
    if (leavesNoOwner(owners, membership.role, null))
      throw new ConflictError('The organization needs an owner: make someone else owner first');
    await tx.db.delete(memberships).where(eq(memberships.id, membership.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'member.removed',
        targetType: 'membership',
        targetId: membership.id,
        before: { userId: input.userId, role: membership.role },
      },
    });
  });
}
