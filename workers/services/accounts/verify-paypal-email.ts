import { and, eq, gt, isNull } from 'drizzle-orm';
import { authTokens, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { sha256Hex } from '../../domain/secret-token';
import { AppError, ConflictError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { unusableLinkError } from './unusable-link-error';

/**
 * Consumes a PayPal-address verification token: single use (claimed atomically), unexpired, and
 * only while the account's PayPal address is still the one the token was mailed to; a token for
 * a since-changed address is a conflict, and stays unused should the address change back.
 */
export async function verifyPaypalEmail({
  ctx,
  input,
}: ServiceCall<{ token: string }>): Promise<{ paypalEmail: string; paypalEmailVerifiedAt: Date }> {
  const tokenHash = await sha256Hex(input.token);
  return inTransaction(ctx, async (tx) => {
    const [claimed] = await tx.db
      .update(authTokens)
      .set({ usedAt: tx.now })
      .where(
        and(
          eq(authTokens.context, 'paypal_email_verify'),
          eq(authTokens.tokenHash, tokenHash),
          isNull(authTokens.usedAt),
          gt(authTokens.expiresAt, tx.now),
        ),
      )
      .returning({ userId: authTokens.userId, sentTo: authTokens.sentTo });
    const [user] = claimed ? await tx.db.select().from(users).where(eq(users.id, claimed.userId)).for('update') : [];
    if (!claimed) throw await unusableLinkError({ ctx: tx, input: { context: 'paypal_email_verify', tokenHash } });
    if (!user)
      throw new AppError('bad_request', 'The verification link is invalid, used or expired; ask for a new one');
    if (user.paypalEmail !== claimed.sentTo)
      throw new ConflictError(
        'The PayPal email has changed since this link was sent; use the link mailed to the current address',
      );
    const verifiedAt = user.paypalEmailVerifiedAt ?? tx.now;
    await tx.db.update(users).set({ paypalEmailVerifiedAt: verifiedAt }).where(eq(users.id, user.id));
    const actor = { ...tx, actor: { userId: user.id, platformRole: user.platformRole } };
    await recordAudit({
      ctx: actor,
      input: {
        action: 'user.paypal_email_verified',
        targetType: 'user',
        targetId: user.id,
        after: { paypalEmail: claimed.sentTo, paypalEmailVerifiedAt: verifiedAt },
      },
    });
    return { paypalEmail: claimed.sentTo, paypalEmailVerifiedAt: verifiedAt };
  });
}
