import { eq } from 'drizzle-orm';
import { invitations } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { recordAudit } from '../audit';
import { openInvitation } from './open-invitation';

/**
 * The invited person says no. The invitation is closed (its mailed link too); what an import kept for it
 * stays waiting in the import's report (`awaiting_acceptance`), unbooked, and the advertiser sees the
 * invitation as declined and may withdraw it or invite again.
 */
export async function declineInvitation({
  ctx,
  input,
}: ServiceCall<{ invitationId: string }>): Promise<{ id: string; declinedAt: Date }> {
  return inTransaction(ctx, async (tx) => {
    const invitation = await openInvitation({ ctx: tx, input });
    await tx.db.update(invitations).set({ declinedAt: tx.now }).where(eq(invitations.id, invitation.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'invitation.declined',
        targetType: 'invitation',
        targetId: invitation.id,
        organizationId: invitation.organizationId,
        after: { programId: invitation.programId, declinedBy: invitation.userId },
      },
    });
    return { id: invitation.id, declinedAt: tx.now };
  });
}
