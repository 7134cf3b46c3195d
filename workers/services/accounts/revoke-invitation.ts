import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { invitations } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { canManageRole } from '../../domain/member-roles';
import { AppError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';

/** Withdraws an open team invitation; its link stops working. Another tenant's id is not_found. */
export async function revokeInvitation({ ctx, input }: ServiceCall<{ invitationId: string }>): Promise<void> {
  const { organizationId, role: acting } = actingAdvertiser(ctx);
  await inTransaction(ctx, async (tx) => {
    const [invitation] = await tx.db
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.organizationId, organizationId),
          isNotNull(invitations.role),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .for('update');
    if (!invitation?.role) throw new NotFoundError('invitation', input.invitationId);
    if (!canManageRole(acting, invitation.role))
      throw new AppError('forbidden', 'Only an owner can withdraw an invitation to become owner');
    await tx.db.update(invitations).set({ revokedAt: tx.now }).where(eq(invitations.id, invitation.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: invitation.id,
        before: { email: invitation.email, role: invitation.role },
      },
    });
  });
}
