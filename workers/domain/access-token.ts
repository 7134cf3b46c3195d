import { signToken, verifyToken, type TokenSpec } from './signed-token';

/** Short-lived: a stolen access token is worth minutes; sessions live on in rotating refresh tokens. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ACCESS: TokenSpec = { audience: 'affiliate-edge:api', ttlSeconds: ACCESS_TOKEN_TTL_SECONDS };

export interface AccessClaims {
  userId: string;
  /** The refresh-token family the session belongs to, so logout can name it. */
  sessionId: string;
}

export function signAccessToken(claims: AccessClaims, secret: string, now: Date): Promise<string> {
  return signToken(ACCESS, claims.userId, { sid: claims.sessionId }, secret, now);
}

/** Null for anything but a valid, unexpired access token of ours. */
export async function verifyAccessToken(token: string, secret: string, now: Date): Promise<AccessClaims | null> {
  const payload = await verifyToken(ACCESS, token, secret, now);
  return payload && typeof payload.sid === 'string' ? { userId: payload.sub, sessionId: payload.sid } : null;
}
