import { jwtVerify, SignJWT, type JWTPayload } from 'jose';

const ISSUER = 'affiliate-edge';

export interface TokenSpec {
  /** Each kind of token has its own audience, so one kind never passes for another. */
  audience: string;
  ttlSeconds: number;
}

const key = (secret: string) => new TextEncoder().encode(secret);

/** An HS256 JWT of ours: subject, issuer, audience, issued-at and expiry, plus `claims`. */
export function signToken(
  spec: TokenSpec,
  subject: string,
  claims: Record<string, string>,
  secret: string,
  now: Date,
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(spec.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + spec.ttlSeconds)
    .sign(key(secret));
}

/**
 * The payload of a valid, unexpired token of this kind, or null for anything else: wrong key,
 * `alg: none` or any other algorithm, another issuer or audience, missing subject.
 */
export async function verifyToken(
  spec: TokenSpec,
  token: string,
  secret: string,
  now: Date,
): Promise<(JWTPayload & { sub: string }) | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: spec.audience,
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    return typeof payload.sub === 'string' ? (payload as JWTPayload & { sub: string }) : null;
  } catch {
    return null;
  }
}
