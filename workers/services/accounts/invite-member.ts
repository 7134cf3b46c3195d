import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { invitations, memberships, organizations, users } from '../../../schema';
import type { MemberRole } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { canManageRole } from '../../domain/member-roles';
import { newSecretToken, sha256Hex } from '../../domain/secret-token';
import { addSeconds, INVITATION_TTL_SECONDS } from '../../domain/token-lifetimes';
import { AppError, ConflictError } from '../../errors/app-error';
import { deliverEmail } from '../email';
import { mailInvitation } from '../invites';
import { actingAdvertiser } from '../access';
import type { TeamInvitation } from './list-invitations';

/**
 * Invites an email to the team with a role and mails the accept link (token stored hashed). A new
 * invitation to the same address replaces the open one, so only the latest link works.
 */
export async function inviteMember({
  ctx,
  input,
}: ServiceCall<{ email: string; role: MemberRole }>): Promise<TeamInvitation> {
  const { organizationId, role: acting } = actingAdvertiser(ctx);
  if (!canManageRole(acting, input.role)) throw new AppError('forbidden', 'Only an owner can invite another owner');
  const email = input.email.toLowerCase();
  const token = newSecretToken();
  const { invitation, outboxId } = await inTransaction(ctx, async (tx) => {
    const [member] = await tx.db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organizationId), eq(users.email, email)));
    if (member) throw new ConflictError('This person is already a member');
    const open = and(
      eq(invitations.organizationId, organizationId),
      eq(invitations.email, email),
      isNotNull(invitations.role),
      isNull(invitations.acceptedAt),
      isNull(invitations.revokedAt),
    );
    await tx.db.update(invitations).set({ revokedAt: tx.now }).where(open);
    const [row] = await tx.db
      .insert(invitations)
      .values({
        organizationId,
        email,
        role: input.role,
        tokenHash: await sha256Hex(token),
        invitedById: tx.actor?.userId ?? null,
        expiresAt: addSeconds(tx.now, INVITATION_TTL_SECONDS),
        createdAt: tx.now,
      })
      .returning();
    const [org] = await tx.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, organizationId));
    const [inviter] = tx.actor
      ? await tx.db
          .select({ firstName: users.firstName, lastName: users.lastName, email: users.email })
          .from(users)
          .where(eq(users.id, tx.actor.userId))
      : [];
    const [invitee] = await tx.db.select({ locale: users.locale }).from(users).where(eq(users.email, email));
    const inviterName = inviter
      ? [inviter.firstName, inviter.lastName].filter(Boolean).join(' ') || inviter.email
      : null;
    const { outboxId } = await mailInvitation({
      ctx: tx,
      input: {
        invitation: row!,
        token,
        locale: invitee?.locale,
        template: { name: 'invitation', organizationName: org!.name, role: input.role, inviterName },
        audited: { role: input.role },
      },
    });
    return { invitation: row!, outboxId };
  });
  await deliverEmail({ ctx, input: { outboxId } });
  return {
    id: invitation.id,
    email,
    role: input.role,
    invitedById: invitation.invitedById,
    expiresAt: invitation.expiresAt,
    expired: false,
    createdAt: invitation.createdAt,
  };
}
