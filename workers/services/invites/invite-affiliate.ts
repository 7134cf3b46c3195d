import { and, eq, isNull } from 'drizzle-orm';
import { enrollments, invitations, organizations, programs, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { newSecretToken, sha256Hex } from '../../domain/secret-token';
import { addSeconds, INVITATION_TTL_SECONDS } from '../../domain/token-lifetimes';
import { AppError, NotFoundError } from '../../errors/app-error';
import { deliverEmail } from '../email';
import { actingAdvertiser } from '../access';
import type { ProgramInvitation } from './list-program-invitations';
import { mailInvitation } from './mail-invitation';

/**
 * Invites an email address into one program of the organization (invite-only ones included) and mails the
 * accept link, in the invitee's language when it has an account. A newer invitation to the same address
 * and program replaces the open one. Accepting enrolls the affiliate, active at once.
 */
export async function inviteAffiliate({
  ctx,
  input,
}: ServiceCall<{ email: string; programId: string }>): Promise<ProgramInvitation> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const email = input.email.toLowerCase();
  const token = newSecretToken();
  const { invitation, outboxId, programName } = await inTransaction(ctx, async (tx) => {
    const [program] = await tx.db
      .select({ id: programs.id, name: programs.name, organizationName: organizations.name })
      .from(programs)
      .innerJoin(organizations, eq(organizations.id, programs.organizationId))
      .where(and(eq(programs.id, input.programId), eq(programs.organizationId, organizationId)));
    if (!program) throw new NotFoundError('program', input.programId);
    const [invitee] = await tx.db
      .select({ id: users.id, locale: users.locale })
      .from(users)
      .where(eq(users.email, email));
    if (invitee) {
      const [enrolled] = await tx.db
        .select({ id: enrollments.id })
        .from(enrollments)
        .where(and(eq(enrollments.programId, program.id), eq(enrollments.affiliateId, invitee.id)));
      if (enrolled) throw new AppError('already_enrolled', 'This person is already in the program');
    }
    await tx.db
      .update(invitations)
      .set({ revokedAt: tx.now })
      .where(
        and(
          eq(invitations.organizationId, organizationId),
          eq(invitations.email, email),
          eq(invitations.programId, program.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const [row] = await tx.db
      .insert(invitations)
      .values({
        organizationId,
        email,
        programId: program.id,
        tokenHash: await sha256Hex(token),
        invitedById: tx.actor?.userId ?? null,
        expiresAt: addSeconds(tx.now, INVITATION_TTL_SECONDS),
        createdAt: tx.now,
      })
      .returning();
    const [inviter] = tx.actor
      ? await tx.db
          .select({ firstName: users.firstName, lastName: users.lastName })
          .from(users)
          .where(eq(users.id, tx.actor.userId))
      : [];
    const inviterName = inviter ? [inviter.firstName, inviter.lastName].filter(Boolean).join(' ') || null : null;
    const { outboxId } = await mailInvitation({
      ctx: tx,
      input: {
        invitation: row!,
        token,
        locale: invitee?.locale,
        template: {
          name: 'program_invitation',
          organizationName: program.organizationName,
          programName: program.name,
          inviterName,
        },
        audited: { programId: program.id },
      },
    });
    return { invitation: row!, outboxId, programName: program.name };
  });
  await deliverEmail({ ctx, input: { outboxId } });
  return {
    id: invitation.id,
    email,
    programId: input.programId,
    programName,
    invitedById: invitation.invitedById,
    expiresAt: invitation.expiresAt,
    expired: false,
    declinedAt: null,
    createdAt: invitation.createdAt,
  };
}
