import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { totpRecoveryCodes, users, type User } from '../../../schema';
import type { ServiceCall } from '../../context';
import { decryptSecret } from '../encryption';
import { normalizeRecoveryCode, sha256Hex } from '../../domain/secret-token';
import { matchTotp } from '../../domain/totp';
import { clearAttempts } from './clear-attempts';
import { reserveAttempt } from './reserve-attempt';

export interface SecondFactorInput {
  user: Pick<User, 'id' | 'totpSecret'>;
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

/**
 * Checks a TOTP code or a recovery code, counting wrong ones per user (429 after five in 15
 * minutes). Each succeeds once: a TOTP step must be newer than the last accepted one, and a
 * recovery code is marked used by the same statement that matches it. Callers decide what a
 * wrong code answers (401 at login, 400 in the settings of a signed-in user).
 */
export async function checkSecondFactor({
  ctx,
  input,
}: ServiceCall<SecondFactorInput>): Promise<'totp' | 'recovery_code' | null> {
  await reserveAttempt({ ctx, input: { bucket: 'two_factor_failure', key: input.user.id } });
  const method = await matchSecondFactor({ ctx, input });
  if (method) await clearAttempts({ ctx, input: { bucket: 'two_factor_failure', key: input.user.id } });
  return method;
}

async function matchSecondFactor({
  ctx,
  input,
}: ServiceCall<SecondFactorInput>): Promise<'totp' | 'recovery_code' | null> {
  if (input.code !== undefined && input.user.totpSecret) {
    const secret = await decryptSecret(input.user.totpSecret, ctx.config.DATA_ENCRYPTION_KEY);
    const step = matchTotp(secret, input.code, ctx.now);
    if (step === null) return null;
    const [accepted] = await ctx.db
      .update(users)
      .set({ totpLastUsedStep: step })
      .where(and(eq(users.id, input.user.id), or(isNull(users.totpLastUsedStep), lt(users.totpLastUsedStep, step))))
      .returning({ id: users.id });
    return accepted ? 'totp' : null;
  }
  if (input.recoveryCode !== undefined) {
    const codeHash = await sha256Hex(normalizeRecoveryCode(input.recoveryCode));
    const [used] = await ctx.db
      .update(totpRecoveryCodes)
      .set({ usedAt: ctx.now })
      .where(
        and(
          eq(totpRecoveryCodes.userId, input.user.id),
          eq(totpRecoveryCodes.codeHash, codeHash),
          isNull(totpRecoveryCodes.usedAt),
        ),
      )
      .returning({ id: totpRecoveryCodes.id });
    return used ? 'recovery_code' : null;
  }
  return null;
}
