import { and, eq, gt, isNull } from 'drizzle-orm';
import { authTokens, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { hashPassword, PASSWORD_HASH_PARAMS } from '../../domain/password';
import { sha256Hex } from '../../domain/secret-token';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { clearAttempts } from './clear-attempts';
import { limitByIp } from '../access';
import { revokeSessions } from './revoke-sessions';

/**
 * Sets a new password from an emailed reset token: single use, unexpired, for the address it was
 * sent to. Every session ends (whoever knew the old password is out), every other outstanding
 * reset link dies, and the login lockout of the address is lifted.
 */
export async function resetPassword({
  ctx,
  input,
}: ServiceCall<{ token: string; newPassword: string }>): Promise<void> {
  await limitByIp({ ctx, input: { action: 'password_reset' } });
  const tokenHash = await sha256Hex(input.token);
  const hashedPassword = await hashPassword(input.newPassword);
  const email = await inTransaction(ctx, async (tx) => {
    const [claimed] = await tx.db
      .update(authTokens)
      .set({ usedAt: tx.now })
      .where(
        and(
          eq(authTokens.context, 'password_reset'),
          eq(authTokens.tokenHash, tokenHash),
          isNull(authTokens.usedAt),
          gt(authTokens.expiresAt, tx.now),
        ),
      )
      .returning({ userId: authTokens.userId, sentTo: authTokens.sentTo });
    const [user] = claimed ? await tx.db.select().from(users).where(eq(users.id, claimed.userId)) : [];
    if (!claimed || !user || user.email !== claimed.sentTo || user.deletedAt)
      throw new AppError('bad_request', 'The reset link is invalid, used or expired; ask for a new one');
    await tx.db
      .update(users)
      // The link reached the mailbox, which is as good as a verification.
      .set({
        hashedPassword,
        passwordHashParams: PASSWORD_HASH_PARAMS,
        lastPasswordReset: tx.now,
        emailVerified: true,
        confirmedAt: user.confirmedAt ?? tx.now,
      })
      .where(eq(users.id, user.id));
    await tx.db
      .update(authTokens)
      .set({ usedAt: tx.now })
      .where(and(eq(authTokens.userId, user.id), eq(authTokens.context, 'password_reset'), isNull(authTokens.usedAt)));
    const { revoked } = await revokeSessions({ ctx: tx, input: { userId: user.id, reason: 'password_reset' } });
    const actx = { ...tx, actor: { userId: user.id, platformRole: user.platformRole } };
    await recordAudit({
      ctx: actx,
      input: {
        action: 'user.password_reset',
        targetType: 'user',
        targetId: user.id,
        after: { sessionsRevoked: revoked },
      },
    });
    return user.email;
  });
  await clearAttempts({ ctx, input: { bucket: 'login_failure', key: email } });
}
