import { eq } from 'drizzle-orm';
import { invitations, memberships, users } from '../../../schema';
import type { MemberRole } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { hashPassword, PASSWORD_HASH_PARAMS } from '../../domain/password';
import { sha256Hex } from '../../domain/secret-token';
import { AppError, ConflictError, ValidationError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { publishInvitedEnrollments } from '../enrollments';
import { autoApproveAffiliate } from './auto-approve-affiliate';
import { joinInvitedProgram } from './join-invited-program';
import { limitByIp } from '../access';

export interface AcceptInvitationInput {
  token: string;
  password?: string | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
}

export interface AcceptInvitationResult {
  organizationId: string;
  /** The team role joined; NULL for a program invitation. */
  role: MemberRole | null;
  /** The program joined; NULL for a team invitation. */
  programId: string | null;
  enrollmentId: string | null;
  userId: string;
  accountCreated: boolean;
}

/**
 * Joins the inviting organization with the invited role, or (program invitation) enrolls in the program. The token reached the invited mailbox,
 * so it proves the address: an existing account joins as it is (its password is never touched
 * here), and an address without an account gets one, verified, with the password given.
 */
export async function acceptInvitation({
  ctx,
  input,
}: ServiceCall<AcceptInvitationInput>): Promise<AcceptInvitationResult> {
  await limitByIp({ ctx, input: { action: 'invitation' } });
  const tokenHash = await sha256Hex(input.token);
  const hashedPassword = input.password === undefined ? null : await hashPassword(input.password);
  const result = await inTransaction(ctx, async (tx) => {
    const [invitation] = await tx.db
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, tokenHash))
      .for('update');
    const usable =
      invitation &&
      !invitation.acceptedAt &&
      !invitation.declinedAt &&
      !invitation.revokedAt &&
      invitation.expiresAt > tx.now;
    if (!usable)
      throw new AppError(
        'bad_request',
        'The invitation is invalid, used, declined, revoked or expired; ask for a new one',
      );
    let [user] = await tx.db.select().from(users).where(eq(users.email, invitation.email));
    const accountCreated = !user;
    if (!user) {
      if (!hashedPassword)
        throw new ValidationError('Choose a password to create your account', [
          { path: 'password', message: 'Required: this email has no account yet' },
        ]);
      [user] = await tx.db
        .insert(users)
        .values({
          email: invitation.email,
          hashedPassword,
          passwordHashParams: PASSWORD_HASH_PARAMS,
          firstName: input.firstName ?? null,
          lastName: input.lastName ?? null,
          emailVerified: true,
          confirmedAt: tx.now,
        })
        .returning();
    } else if (user.banned || user.blocked || user.deletedAt) {
      throw new AppError('forbidden', 'This account is suspended');
    } else if (!user.emailVerified) {
      [user] = await tx.db
        .update(users)
        .set({ emailVerified: true, confirmedAt: user.confirmedAt ?? tx.now })
        .where(eq(users.id, user.id))
        .returning();
    }
    const joined = user!;
    if (invitation.programId) {
      const enrollment = await joinInvitedProgram({
        ctx: tx,
        input: { invitation: { ...invitation, programId: invitation.programId }, userId: joined.id },
      });
      return {
        organizationId: invitation.organizationId,
        role: null,
        programId: invitation.programId,
        enrollmentId: enrollment.id,
        userId: joined.id,
        accountCreated,
        enrollments: [enrollment],
      };
    }
    if (!invitation.role) throw new AppError('bad_request', 'The invitation is invalid; ask for a new one');
    const [membership] = await tx.db
      .insert(memberships)
      .values({ userId: joined.id, organizationId: invitation.organizationId, role: invitation.role })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    if (!membership) throw new ConflictError('You are already a member of this organization');
    await tx.db.update(invitations).set({ acceptedAt: tx.now }).where(eq(invitations.id, invitation.id));
    const actx = { ...tx, actor: { userId: joined.id, platformRole: joined.platformRole } };
    await recordAudit({
      ctx: actx,
      input: {
        action: 'member.joined',
        targetType: 'membership',
        targetId: membership.id,
        organizationId: invitation.organizationId,
        after: { userId: joined.id, role: invitation.role, invitationId: invitation.id, accountCreated },
      },
    });
    return {
      organizationId: invitation.organizationId,
      role: invitation.role,
      programId: null,
      enrollmentId: null,
      userId: joined.id,
      accountCreated,
      enrollments: [],
    };
  });
  const { enrollments, ...answer } = result;
  await publishInvitedEnrollments({ ctx, input: enrollments });
  // A program invitation makes (or proves) an affiliate account, as a verification link does.
  if (answer.programId) await autoApproveAffiliate({ ctx, input: { userId: answer.userId } });
  return answer;
}
