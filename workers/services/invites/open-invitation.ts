import { and, eq } from 'drizzle-orm';
import { type Invitation, invitations, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { actorId, portalScope } from '../access';

/**
 * A program invitation addressed to the signed-in person, locked for an answer. Addressed means to their
 * verified email (the mailbox the link went to); anyone else, a team invitation or another portal's one is
 * "not found", so ids reveal nothing. Answered, withdrawn or expired ones are `invitation_closed`.
 */
export async function openInvitation({
  ctx,
  input,
}: ServiceCall<{ invitationId: string }>): Promise<Invitation & { programId: string; userId: string }> {
  const userId = actorId(ctx);
  const [user] = await ctx.db
    .select({ email: users.email, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId));
  const [invitation] = user?.emailVerified
    ? await ctx.db
        .select()
        .from(invitations)
        .where(and(eq(invitations.id, input.invitationId), eq(invitations.email, user.email)))
        .for('update')
    : [];
  const portal = portalScope(ctx);
  if (!invitation?.programId || (portal && invitation.organizationId !== portal))
    throw new NotFoundError('Invitation', input.invitationId);
  const reason = invitation.acceptedAt
    ? 'accepted'
    : invitation.declinedAt
      ? 'declined'
      : invitation.revokedAt
        ? 'revoked'
        : invitation.expiresAt <= ctx.now
          ? 'expired'
          : null;
  if (reason) throw new AppError('invitation_closed', `This invitation was ${reason}`, { reason });
  return { ...invitation, programId: invitation.programId, userId };
}
