import { eq } from 'drizzle-orm';
import { users, type User } from '../../../schema';
import type { ServiceCall } from '../../context';
import { DUMMY_PASSWORD_HASH, hashPassword, PASSWORD_HASH_PARAMS, verifyPassword } from '../../domain/password';
import { sha256Hex } from '../../domain/secret-token';
import { CHALLENGE_TTL_SECONDS, signChallenge } from '../../domain/two-factor-challenge';
import { AppError } from '../../errors/app-error';
import { clearAttempts } from './clear-attempts';
import { limitByIp } from '../access';
import { reserveAttempt } from './reserve-attempt';
import { startSession, type SessionTokens, type SessionUser } from './start-session';

export type LogInResult =
  | { kind: 'session'; tokens: SessionTokens; user: SessionUser }
  | { kind: 'challenge'; challengeToken: string; expiresIn: number };

/** Binds a 2FA challenge to the password it followed: a password change voids open challenges. */
export const passwordFingerprint = async (hashedPassword: string) => (await sha256Hex(hashedPassword)).slice(0, 16);

/** Refuses accounts that may not sign in, once the password proved who is asking. */
export function assertMaySignIn(user: User): void {
  if (user.banned || user.blocked || user.deletedAt) throw new AppError('forbidden', 'This account is suspended');
  if (!user.emailVerified)
    throw new AppError(
      'email_not_verified',
      'Confirm your email address first: use the link we sent, or ask for a new one',
    );
}

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
  if (user.totpEnabledAt) {
    const challengeToken = await signChallenge(
      { userId: user.id, passwordFingerprint: await passwordFingerprint(user.hashedPassword!) },
      ctx.config.JWT_SECRET,
      ctx.now,
    );
    return { kind: 'challenge', challengeToken, expiresIn: CHALLENGE_TTL_SECONDS };
  }
  return { kind: 'session', ...(await startSession({ ctx, input: { user } })) };
}
