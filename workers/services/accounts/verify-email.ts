import { and, eq, gt, isNull } from 'drizzle-orm';
import { authTokens, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { sha256Hex } from '../../domain/secret-token';
import { AppError } from '../../errors/app-error';
import { claimPendingJoins, joinPortalOnVerification, type PortalJoin } from '../invites';
import { autoApproveAffiliate } from './auto-approve-affiliate';
import { unusableLinkError } from './unusable-link-error';

export interface EmailVerified {
  email: string;
  /** What the account was enrolled in: its invite links, and the portal it signed up on. */
  joined: PortalJoin[];
  /** The advertiser context to open after signing in: the portal's advertiser for a sign-up on its portal. */
  affiliateContextId: string | null;
}

/**
 * Consumes an email-verification token: single use (the update claims it atomically), unexpired,
 * and only for the address it was sent to. Then enrolls the account through any invite link it signed
 * up with and, on its first verification, applies to the programs of the portal it signed up on.
 * On an install with affiliate auto-approval, a waiting affiliate account is approved too.
 */
export async function verifyEmail({ ctx, input }: ServiceCall<{ token: string }>): Promise<EmailVerified> {
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
    if (!claimed) throw await unusableLinkError(tx, 'email_verify', tokenHash);
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
  await autoApproveAffiliate(ctx, verified.userId);
  return {
    email: verified.email,
    joined,
    affiliateContextId: portalJoin?.enrollments.length ? portalJoin.organizationId : null,
  };
}
