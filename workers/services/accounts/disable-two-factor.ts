import { eq } from 'drizzle-orm';
import { totpRecoveryCodes, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, ConflictError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { checkSecondFactor } from './check-second-factor';
import { isTwoFactorRequired, loadTwoFactorDuty } from './load-two-factor-duty';
import { verifyCurrentPassword } from './verify-current-password';

/**
 * Turns 2FA off; needs both the password and a current code, so a stolen session alone cannot.
 * Refused while a rule requires 2FA of the account (platform staff, an organization's requirement).
 */
export async function disableTwoFactor({
  ctx,
  input,
}: ServiceCall<{ userId: string; password: string; code: string }>): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new NotFoundError('user', input.userId);
  if (!user.totpEnabledAt) throw new ConflictError('Two-factor authentication is not on');
  const duty = await loadTwoFactorDuty({ ctx, input: { user } });
  if (isTwoFactorRequired(duty))
    throw new AppError(
      'two_factor_required',
      duty.platform
        ? 'Platform staff must keep two-step verification on'
        : `Two-step verification is required by ${duty.organizations.map((o) => o.name).join(', ')}`,
      { rule: duty.platform ? 'platform' : 'organization' },
    );
  if (!(await verifyCurrentPassword({ ctx, input: { user, password: input.password } }))) {
    throw new AppError('bad_request', 'The password is wrong', [{ path: 'password', message: 'Wrong password' }]);
  }
  if (!(await checkSecondFactor({ ctx, input: { user, code: input.code } }))) {
    throw new AppError('bad_request', 'The code is wrong or was already used', [
      { path: 'code', message: 'Wrong code' },
    ]);
  }
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null })
      .where(eq(users.id, user.id));
    await tx.db.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, user.id));
    await recordAudit({ ctx: tx, input: { action: 'user.2fa_disabled', targetType: 'user', targetId: user.id } });
  });
}
