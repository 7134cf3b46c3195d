import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { hashPassword, PASSWORD_HASH_PARAMS } from '../../domain/password';
import { AppError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { revokeSessions } from './revoke-sessions';
import { verifyCurrentPassword } from './verify-current-password';

/**
 * Changes the password of the signed-in user; every other session ends, this one stays. An account made
 * through Google or GitHub has none yet: it sets its first one without a current password, which only such
 * an account may do (a stolen access token still cannot replace a password it does not know).
 */
export async function changePassword({
  ctx,
  input,
}: ServiceCall<{
  userId: string;
  sessionId: string | undefined;
  currentPassword?: string | undefined;
  newPassword: string;
}>): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new NotFoundError('user', input.userId);
  const firstPassword = user.hashedPassword === null;
  if (!firstPassword && input.currentPassword === undefined)
    throw new AppError('bad_request', 'The current password is required', [
      { path: 'currentPassword', message: 'Required' },
    ]);
  if (
    !firstPassword &&
    !(await verifyCurrentPassword({ ctx, input: { user, password: input.currentPassword ?? '' } }))
  ) {
    throw new AppError('bad_request', 'The current password is wrong', [
      { path: 'currentPassword', message: 'Wrong password' },
    ]);
  }
  const hashedPassword = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(users)
      .set({ hashedPassword, passwordHashParams: PASSWORD_HASH_PARAMS })
      .where(eq(users.id, user.id));
    const { revoked } = await revokeSessions({
      ctx: tx,
      input: { userId: user.id, reason: 'password_reset', exceptFamilyId: input.sessionId },
    });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'user.password_changed',
        targetType: 'user',
        targetId: user.id,
        after: { otherSessionsRevoked: revoked, firstPassword },
      },
    });
  });
}
