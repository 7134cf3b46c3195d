import { eq } from 'drizzle-orm';
import { memberships } from '../../../schema';
import type { MemberRole } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { canManageRole, leavesNoOwner } from '../../domain/member-roles';
import { AppError, ConflictError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { lockMembership } from './lock-membership';

export async function changeMemberRole({
  ctx,
  input,
}: ServiceCall<{ userId: string; role: MemberRole }>): Promise<{ userId: string; role: MemberRole }> {
  const { organizationId, role: acting } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const { membership, owners } = await lockMembership({ ctx: tx, input: { organizationId, userId: input.userId } });
    if (!canManageRole(acting, membership.role) || !canManageRole(acting, input.role)) {
      throw new AppError('forbidden', 'Only an owner can give or take the owner role');
    }
    if (membership.role === input.role) return { userId: input.userId, role: input.role };
    if (leavesNoOwner(owners, membership.role, input.role))
      throw new ConflictError('The organization needs an owner: make someone else owner first');
    await tx.db.update(memberships).set({ role: input.role }).where(eq(memberships.id, membership.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'member.role_changed',
        targetType: 'membership',
        targetId: membership.id,
        before: { userId: input.userId, role: membership.role },
        after: { userId: input.userId, role: input.role },
      },
    });
    return { userId: input.userId, role: input.role };
  });
}
