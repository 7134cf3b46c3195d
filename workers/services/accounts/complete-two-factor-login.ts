import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { verifyChallenge } from '../../domain/two-factor-challenge';
import { AppError } from '../../errors/app-error';
import { checkSecondFactor } from './check-second-factor';
import { limitByIp } from '../access';
import { assertMaySignIn, credentialFingerprint } from './finish-sign-in';
import { startSession, type SessionTokens, type SessionUser } from './start-session';

export interface TwoFactorLoginInput {
  challengeToken: string;
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

/** Second step of a 2FA sign-in: the challenge from POST /auth/login plus a TOTP or recovery code. */
export async function completeTwoFactorLogin({
  ctx,
  input,
}: ServiceCall<TwoFactorLoginInput>): Promise<{ tokens: SessionTokens; user: SessionUser }> {
  await limitByIp({ ctx, input: { action: 'two_factor' } });
  const claims = await verifyChallenge(input.challengeToken, ctx.config.JWT_SECRET, ctx.now);
  const [user] = claims ? await ctx.db.select().from(users).where(eq(users.id, claims.userId)) : [];
  const current = user?.totpEnabledAt && (await credentialFingerprint(user)) === claims?.passwordFingerprint;
  if (!user || !current)
    throw new AppError('unauthorized', 'The sign-in challenge is invalid or has expired; sign in again');
  assertMaySignIn(user);
  const method = await checkSecondFactor({ ctx, input: { user, code: input.code, recoveryCode: input.recoveryCode } });
  if (!method) throw new AppError('unauthorized', 'The code is wrong or was already used');
  return startSession({ ctx, input: { user } });
}
