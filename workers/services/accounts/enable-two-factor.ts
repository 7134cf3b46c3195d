import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, ConflictError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { checkSecondFactor } from './check-second-factor';
import { replaceRecoveryCodes } from './replace-recovery-codes';

/** Turns 2FA on once a code from the new authenticator matches; answers the recovery codes, once. */
export async function enableTwoFactor({
  ctx,
  input,
}: ServiceCall<{ userId: string; code: string }>): Promise<{ recoveryCodes: string[] }> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new NotFoundError('user', input.userId);
  if (user.totpEnabledAt) throw new ConflictError('Two-factor authentication is already on');
  if (!user.totpSecret) throw new ConflictError('Start with POST /me/2fa/setup');
  if (!(await checkSecondFactor({ ctx, input: { user, code: input.code } }))) {
    throw new AppError('bad_request', 'The code is wrong; check the authenticator app and its clock', [
      { path: 'code', message: 'Wrong code' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    // A grace period ends with 2FA on; a requirement that returns after it is turned off starts afresh.
    await tx.db
      .update(users)
      .set({ totpEnabledAt: tx.now, twoFactorGraceStartedAt: null })
      .where(eq(users.id, user.id));
    const recoveryCodes = await replaceRecoveryCodes({ ctx: tx, input: { userId: user.id } });
    await recordAudit({ ctx: tx, input: { action: 'user.2fa_enabled', targetType: 'user', targetId: user.id } });
    return { recoveryCodes };
  });
}
