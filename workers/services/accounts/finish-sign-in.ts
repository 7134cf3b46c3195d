import type { User } from '../../../schema';
import type { ServiceCall } from '../../context';
import { sha256Hex } from '../../domain/secret-token';
import { CHALLENGE_TTL_SECONDS, signChallenge } from '../../domain/two-factor-challenge';
import { AppError } from '../../errors/app-error';
import { startSession, type SessionTokens, type SessionUser } from './start-session';

export type SignInResult =
  | { kind: 'session'; tokens: SessionTokens; user: SessionUser }
  | { kind: 'challenge'; challengeToken: string; expiresIn: number };

/**
 * Binds a 2FA challenge to the account's credentials: a password change voids open challenges. An
 * account without a password (Google or GitHub only) binds to its id, until it sets one.
 */
export const credentialFingerprint = async (user: Pick<User, 'id' | 'hashedPassword'>) =>
  (await sha256Hex(user.hashedPassword ?? `no-password:${user.id}`)).slice(0, 16);

/** Refuses accounts that may not sign in, once the password (or the provider) proved who is asking. */
export function assertMaySignIn(user: User): void {
  if (user.banned || user.blocked || user.deletedAt) throw new AppError('forbidden', 'This account is suspended');
  if (!user.emailVerified)
    throw new AppError(
      'email_not_verified',
      'Confirm your email address first: use the link we sent, or ask for a new one',
    );
}

/**
 * The end of every first sign-in step, by password or by provider: with 2FA on, a challenge for
 * POST /auth/login/2fa; otherwise the session.
 */
export async function finishSignIn({ ctx, input }: ServiceCall<{ user: User }>): Promise<SignInResult> {
  const { user } = input;
  assertMaySignIn(user);
  if (user.totpEnabledAt) {
    const challengeToken = await signChallenge(
      { userId: user.id, passwordFingerprint: await credentialFingerprint(user) },
      ctx.config.JWT_SECRET,
      ctx.now,
    );
    return { kind: 'challenge', challengeToken, expiresIn: CHALLENGE_TTL_SECONDS };
  }
  return { kind: 'session', ...(await startSession({ ctx, input: { user } })) };
}
