import { and, eq, gt, isNull } from 'drizzle-orm';
import { authTokens, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { sha256Hex } from '../../domain/secret-token';
import { AppError } from '../../errors/app-error';
import { claimPendingJoins, type JoinResult } from '../invites';
import { unusableLinkError } from './unusable-link-error';

/**
 * Consumes an email-verification token: single use (the update claims it atomically), unexpired,
 * and only for the address it was sent to. Then enrolls the account through any invite link it signed up with.
 */
export async function verifyEmail({
  ctx,
  input,
}: ServiceCall<{ token: string }>): Promise<{ email: string; joined: JoinResult[] }> {
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
          .select({ email: users.email, confirmedAt: users.confirmedAt })
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
    return { email: user.email, userId: claimed.userId };
  });
  // The account is the address's now: the invite links it signed up through enroll it.
  const joined = await claimPendingJoins({ ctx, input: { userId: verified.userId } });
  return { email: verified.email, joined };
}
