import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { invitations } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';

/** Withdraws an open program invitation; its link stops working. Another tenant's id is not_found. */
export async function revokeProgramInvitation({ ctx, input }: ServiceCall<{ invitationId: string }>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const [invitation] = await tx.db
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.organizationId, organizationId),
          isNotNull(invitations.programId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .for('update');
    if (!invitation) throw new NotFoundError('invitation', input.invitationId);
    await tx.db.update(invitations).set({ revokedAt: tx.now }).where(eq(invitations.id, invitation.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: invitation.id,
        before: { email: invitation.email, programId: invitation.programId },
      },
    });
  });
}
