import { jwtVerify, SignJWT } from 'jose';

/**
 * After a correct password for an account with 2FA, the client gets this instead of a session: a
 * signed JWT for another audience (so it is no access token, and no access token passes as one),
 * valid for five minutes. It binds a fingerprint of the password hash, so changing the password
 * voids outstanding challenges. Wrong codes are counted per user, not per challenge.
 */
export const CHALLENGE_TTL_SECONDS = 5 * 60;
const ISSUER = 'affiliate-edge';
const AUDIENCE = 'affiliate-edge:2fa-challenge';

export interface ChallengeClaims {
  userId: string;
  passwordFingerprint: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signChallenge(claims: ChallengeClaims, secret: string, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ pwf: claims.passwordFingerprint })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + CHALLENGE_TTL_SECONDS)
    .sign(key(secret));
}

export async function verifyChallenge(token: string, secret: string, now: Date): Promise<ChallengeClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE, currentDate: now, requiredClaims: ['sub', 'exp'] });
    if (typeof payload.sub !== 'string' || typeof payload.pwf !== 'string') return null;
    return { userId: payload.sub, passwordFingerprint: payload.pwf };
  } catch {
    return null;
  }
}
