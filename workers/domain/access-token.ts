import { signToken, verifyToken, type TokenSpec } from './signed-token';

/** Short-lived: a stolen access token is worth minutes; sessions live on in rotating refresh tokens. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ACCESS: TokenSpec = { audience: 'affiliate-edge:api', ttlSeconds: ACCESS_TOKEN_TTL_SECONDS };

export interface AccessClaims {
  userId: string;
  /** The refresh-token family the session belongs to, so logout can name it. */
  sessionId: string;
  /** The advertiser whose white-label portal host the session belongs to; null for the platform's host. */
  portalOrganizationId?: string | null;
}

export function signAccessToken(claims: AccessClaims, secret: string, now: Date): Promise<string> {
  // `por` only when scoped, so platform tokens keep their shape.
  const payload: Record<string, string> = { sid: claims.sessionId };
  if (claims.portalOrganizationId) payload.por = claims.portalOrganizationId;
  return signToken(ACCESS, claims.userId, payload, secret, now);
}

/** Null for anything but a valid, unexpired access token of ours. */
export async function verifyAccessToken(
  token: string,
  secret: string,
  now: Date,
): Promise<Required<AccessClaims> | null> {
  const payload = await verifyToken(ACCESS, token, secret, now);
  if (!payload || typeof payload.sid !== 'string') return null;
  if (payload.por !== undefined && typeof payload.por !== 'string') return null;
  return { userId: payload.sub, sessionId: payload.sid, portalOrganizationId: payload.por ?? null };
}
