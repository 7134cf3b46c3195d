import { eq } from 'drizzle-orm';
import { type Enrollment, type Invitation, invitations } from '../../../schema';
import type { ServiceCall } from '../../context';
import { bookAcceptedImport } from '../imports';
import { enrollFromInvitation } from '../invites';

/**
 * Inside a transaction, the acceptance of a program invitation, whether by its mailed link or in the app:
 * enrolls the person, books what an import kept for it, and closes the invitation.
 */
export async function joinInvitedProgram({
  ctx: tx,
  input: { invitation, userId },
}: ServiceCall<{ invitation: Invitation & { programId: string }; userId: string }>): Promise<Enrollment> {
  const enrolled = await enrollFromInvitation({ ctx: tx, input: { invitation, affiliateId: userId } });
  // An invitation an import sent: the imported code, coupon and commissions come with the acceptance.
  const enrollment = await bookAcceptedImport({
    ctx: tx,
    input: { invitationId: invitation.id, enrollment: enrolled },
  });
  await tx.db.update(invitations).set({ acceptedAt: tx.now }).where(eq(invitations.id, invitation.id));
  return enrollment;
}
