import { signToken, verifyToken, type TokenSpec } from './signed-token';

/**
 * After a correct password for an account with 2FA, the client gets this instead of a session: a
 * signed JWT for another audience (so it is no access token, and no access token passes as one),
 * valid for five minutes. It binds a fingerprint of the password hash, so changing the password
 * voids outstanding challenges. Wrong codes are counted per user, not per challenge.
 */
export const CHALLENGE_TTL_SECONDS = 5 * 60;
const CHALLENGE: TokenSpec = { audience: 'affiliate-edge:2fa-challenge', ttlSeconds: CHALLENGE_TTL_SECONDS };

export interface ChallengeClaims {
  userId: string;
  passwordFingerprint: string;
}

export function signChallenge(claims: ChallengeClaims, secret: string, now: Date): Promise<string> {
  return signToken(CHALLENGE, claims.userId, { pwf: claims.passwordFingerprint }, secret, now);
}

export async function verifyChallenge(token: string, secret: string, now: Date): Promise<ChallengeClaims | null> {
  const payload = await verifyToken(CHALLENGE, token, secret, now);
  return payload && typeof payload.pwf === 'string' ? { userId: payload.sub, passwordFingerprint: payload.pwf } : null;
}
