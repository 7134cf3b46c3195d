import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, ConflictError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { checkSecondFactor } from './check-second-factor';
import { replaceRecoveryCodes } from './replace-recovery-codes';

/** New recovery codes for a current TOTP code; the old ones stop working. */
export async function regenerateRecoveryCodes({
  ctx,
  input,
}: ServiceCall<{ userId: string; code: string }>): Promise<{ recoveryCodes: string[] }> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new NotFoundError('user', input.userId);
  if (!user.totpEnabledAt) throw new ConflictError('Two-factor authentication is not on');
  if (!(await checkSecondFactor({ ctx, input: { user, code: input.code } }))) {
    throw new AppError('bad_request', 'The code is wrong or was already used', [
      { path: 'code', message: 'Wrong code' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes({ ctx: tx, input: { userId: user.id } });
    await recordAudit({
      ctx: tx,
      input: { action: 'user.recovery_codes_regenerated', targetType: 'user', targetId: user.id },
    });
    return { recoveryCodes };
  });
}
