import { signToken, verifyToken, type TokenSpec } from './signed-token';

/**
 * The token of a marketing email's unsubscribe link: a signed JWT of its own audience naming the
 * affiliate and the advertiser, so one click stops that advertiser's marketing email without a sign-in,
 * and no other token (a session, a 2FA challenge) passes as one. A year: old emails keep working.
 */
const UNSUBSCRIBE: TokenSpec = { audience: 'affiliate-edge:campaign-unsubscribe', ttlSeconds: 365 * 24 * 3600 };

export interface UnsubscribeClaims {
  userId: string;
  organizationId: string;
}

export function signUnsubscribe(claims: UnsubscribeClaims, secret: string, now: Date): Promise<string> {
  return signToken(UNSUBSCRIBE, claims.userId, { org: claims.organizationId }, secret, now);
}

export async function verifyUnsubscribe(token: string, secret: string, now: Date): Promise<UnsubscribeClaims | null> {
  const payload = await verifyToken(UNSUBSCRIBE, token, secret, now);
  return payload && typeof payload.org === 'string' ? { userId: payload.sub, organizationId: payload.org } : null;
}
