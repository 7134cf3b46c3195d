import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { DUMMY_PASSWORD_HASH, hashPassword, PASSWORD_HASH_PARAMS, verifyPassword } from '../../domain/password';
import { AppError } from '../../errors/app-error';
import { clearAttempts } from './clear-attempts';
import { limitByIp } from '../access';
import { reserveAttempt } from './reserve-attempt';
import { assertMaySignIn, finishSignIn, type SignInResult } from './finish-sign-in';

export type LogInResult = SignInResult;

/**
 * Password sign-in. Per IP (binding) and per email (5 failures in 15 minutes) limits apply before
 * the password is checked; an unknown email costs the same hashing time as a wrong password.
 * With 2FA on, the answer is a challenge for POST /auth/login/2fa instead of a session.
 */
export async function logIn({ ctx, input }: ServiceCall<{ email: string; password: string }>): Promise<LogInResult> {
  const email = input.email.toLowerCase();
  await limitByIp({ ctx, input: { action: 'login' } });
  await reserveAttempt({ ctx, input: { bucket: 'login_failure', key: email } });
  const [found] = await ctx.db.select().from(users).where(eq(users.email, email));
  const check = await verifyPassword(input.password, found?.hashedPassword ?? DUMMY_PASSWORD_HASH);
  if (!found?.hashedPassword || !check.valid) throw new AppError('unauthorized', 'The email or password is wrong');
  await clearAttempts({ ctx, input: { bucket: 'login_failure', key: email } });
  assertMaySignIn(found);
  let user = found;
  if (check.needsRehash) {
    // The only moment the plaintext is at hand: upgrade hashes made with older parameters.
    const [rehashed] = await ctx.db
      .update(users)
      .set({ hashedPassword: await hashPassword(input.password), passwordHashParams: PASSWORD_HASH_PARAMS })
      .where(eq(users.id, user.id))
      .returning();
    user = rehashed!;
  }
  return finishSignIn({ ctx, input: { user } });
}
