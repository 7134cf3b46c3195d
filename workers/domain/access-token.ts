import { jwtVerify, SignJWT } from 'jose';

/** Short-lived: a stolen access token is worth minutes; sessions live on in rotating refresh tokens. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'affiliate-edge';
const AUDIENCE = 'affiliate-edge:api';

export interface AccessClaims {
  userId: string;
  /** The refresh-token family the session belongs to, so logout can name it. */
  sessionId: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signAccessToken(claims: AccessClaims, secret: string, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .sign(key(secret));
}

/** Null for anything but a valid, unexpired token of ours: wrong key, `alg: none`, other issuer. */
export async function verifyAccessToken(token: string, secret: string, now: Date): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch {
    return null;
  }
}
