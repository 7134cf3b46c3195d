import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { type Invitation, invitations } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';

/**
 * Withdraws an open invitation of the advertiser's, a team one (`role`) or a program one (`programId`); its
 * link stops working. Another tenant's id, or one of the other kind, is not_found. `check` may still refuse
 * the locked row (who may withdraw an owner's invitation).
 */
export async function revokeOpenInvitation({
  ctx,
  input,
}: ServiceCall<{
  invitationId: string;
  organizationId: string;
  kind: 'role' | 'programId';
  check?: (invitation: Invitation) => void;
}>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const [invitation] = await tx.db
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.organizationId, input.organizationId),
          isNotNull(invitations[input.kind]),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .for('update');
    if (!invitation) throw new NotFoundError('invitation', input.invitationId);
    input.check?.(invitation);
    await tx.db.update(invitations).set({ revokedAt: tx.now }).where(eq(invitations.id, invitation.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: invitation.id,
        before: { email: invitation.email, [input.kind]: invitation[input.kind] },
      },
    });
  });
}
