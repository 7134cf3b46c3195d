import { and, eq, gt, isNull } from 'drizzle-orm';
import { authTokens, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { sha256Hex } from '../../domain/secret-token';
import { AppError } from '../../errors/app-error';
import { claimPendingJoins, joinPortalOnVerification, type PortalJoin } from '../invites';
import { autoApproveAffiliate } from './auto-approve-affiliate';
import { assertMaySignIn } from './finish-sign-in';
import { startSession, type SessionTokens, type SessionUser } from './start-session';
import { unusableLinkError } from './unusable-link-error';

export interface EmailVerified {
  email: string;
  /** What the account was enrolled in: its invite links, and the portal it signed up on. */
  joined: PortalJoin[];
  /** The advertiser context to open after signing in: the portal's advertiser for a sign-up on its portal. */
  affiliateContextId: string | null;
  /** Asked for and allowed: the session the link signed in (an account with 2FA signs in with its code instead). */
  session: { tokens: SessionTokens; user: SessionUser } | null;
}

/**
 * Consumes an email-verification token: single use (the update claims it atomically), unexpired,
 * and only for the address it was sent to. Then enrolls the account through any invite link it signed
 * up with and, on its first verification, applies to the programs of the portal it signed up on.
 * On an install with affiliate auto-approval, a waiting affiliate account is approved too.
 * With `signIn` (the dashboard, cookie transport) the spent link also signs in, as a password would: the token
 * reached the mailbox once and is gone; an account with two-step verification is left to log in with its code.
 */
export async function verifyEmail({
  ctx,
  input,
}: ServiceCall<{ token: string; signIn?: boolean | undefined }>): Promise<EmailVerified> {
  const tokenHash = await sha256Hex(input.token);
  const verified = await inTransaction(ctx, async (tx) => {
    const [claimed] = await tx.db
      .update(authTokens)
      .set({ usedAt: tx.now })
      .where(
        and(
          eq(authTokens.context, 'email_verify'),
          eq(authTokens.tokenHash, tokenHash),
          isNull(authTokens.usedAt),
          gt(authTokens.expiresAt, tx.now),
        ),
      )
      .returning({ userId: authTokens.userId, sentTo: authTokens.sentTo });
    const [user] = claimed
      ? await tx.db
          .select({
            email: users.email,
            confirmedAt: users.confirmedAt,
            signupOrganizationId: users.signupOrganizationId,
          })
          .from(users)
          .where(eq(users.id, claimed.userId))
      : [];
    if (!claimed) throw await unusableLinkError({ ctx: tx, input: { context: 'email_verify', tokenHash } });
    if (!user || user.email !== claimed.sentTo)
      throw new AppError('bad_request', 'The verification link is invalid, used or expired; ask for a new one');
    await tx.db
      .update(users)
      .set({ emailVerified: true, confirmedAt: user.confirmedAt ?? tx.now })
      .where(eq(users.id, claimed.userId));
    // Once: a second verification link (after a resend) must not apply again.
    const portal = user.confirmedAt ? null : user.signupOrganizationId;
    return { email: user.email, userId: claimed.userId, portal };
  });
  // The account is the address's now: the invite links it signed up through enroll it.
  const joined: PortalJoin[] = await claimPendingJoins({ ctx, input: { userId: verified.userId } });
  const portalJoin = verified.portal
    ? await joinPortalOnVerification({ ctx, input: { userId: verified.userId, organizationId: verified.portal } })
    : null;
  if (portalJoin) joined.push(portalJoin);
  // An install set to approve affiliates automatically does it once the address is proven real.
  await autoApproveAffiliate({ ctx, input: { userId: verified.userId } });
  return {
    email: verified.email,
    joined,
    affiliateContextId: portalJoin?.enrollments.length ? portalJoin.organizationId : null,
    session: input.signIn ? await linkSession(ctx, verified.userId) : null,
  };
}

/** The session a confirmation link opens, on the same terms as a password sign-in without 2FA; null otherwise. */
async function linkSession(
  ctx: Parameters<typeof startSession>[0]['ctx'],
  userId: string,
): Promise<EmailVerified['session']> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user || user.totpEnabledAt) return null;
  try {
    assertMaySignIn(user);
  } catch {
    return null;
  }
  return startSession({ ctx, input: { user } });
}
