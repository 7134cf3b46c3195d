import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import type {
  AuthorizeRequest,
  CodeExchange,
  IdentityConfig,
  ProviderClient,
  ProviderProfile,
} from './provider-config';
import { formPost, providerFetch } from './provider-fetch';

const discoverySchema = z.object({
  issuer: z.url(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
});
type Discovery = z.infer<typeof discoverySchema>;

// Key sets keep their keys (and refetch on an unknown kid) for the isolate's life.
const keySets = new Map<string, JWTVerifyGetKey>();

async function discover(config: IdentityConfig): Promise<Discovery> {
  const parsed = discoverySchema.safeParse(await providerFetch(config, config.GOOGLE_DISCOVERY_URL, {}));
  if (!parsed.success)
    throw new AppError('identity_provider_unavailable', 'The provider’s discovery document is not usable');
  return parsed.data;
}

export async function googleAuthorizeUrl(
  config: IdentityConfig,
  client: ProviderClient,
  req: AuthorizeRequest,
): Promise<string> {
  const { authorization_endpoint } = await discover(config);
  const url = new URL(authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    scope: 'openid email profile',
    state: req.state,
    nonce: req.nonce,
    code_challenge: req.codeChallenge,
    code_challenge_method: 'S256',
    prompt: 'select_account',
  }).toString();
  return url.toString();
}

const tokenSchema = z.object({ id_token: z.string().min(1).max(8192) });

// Clocks differ a little; an `iat` further ahead than this was not issued now (jose refuses it with maxTokenAge).
const CLOCK_SKEW = '5m';
// Google's ID tokens live an hour; one issued earlier than that is not the answer to this code.
const MAX_TOKEN_AGE = '1h';

/**
 * OIDC Core §3.1.3.7 (3–5), which jose leaves to the caller: a token for several audiences must name us as its
 * authorized party (`azp`), and any `azp` it carries must be our client id.
 */
export function authorizedPartyOk(claims: Record<string, unknown>, clientId: string): boolean {
  const several = Array.isArray(claims.aud) && claims.aud.length > 1;
  if (claims.azp === undefined) return !several;
  return claims.azp === clientId;
}

/**
 * Trades the code (with the PKCE verifier) for an ID token and verifies it against Google's keys:
 * RS256 signature, issuer, audience (our client id, and `azp` when it names several), expiry, an issue time
 * neither in the future nor over an hour ago (a few minutes of clock skew allowed), and the nonce we sent.
 */
export async function googleProfile(
  config: IdentityConfig,
  client: ProviderClient,
  exchange: CodeExchange,
): Promise<ProviderProfile> {
  const discovery = await discover(config);
  const tokens = tokenSchema.safeParse(
    await providerFetch(
      config,
      discovery.token_endpoint,
      formPost({
        grant_type: 'authorization_code',
        code: exchange.code,
        code_verifier: exchange.verifier,
        redirect_uri: client.redirectUri,
        client_id: client.clientId,
        client_secret: client.clientSecret,
      }),
    ),
  );
  if (!tokens.success) throw new AppError('oauth_rejected', 'The provider sent no ID token');
  let keys = keySets.get(discovery.jwks_uri);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(discovery.jwks_uri));
    keySets.set(discovery.jwks_uri, keys);
  }
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(tokens.data.id_token, keys, {
      algorithms: ['RS256'],
      // Google's tokens name the issuer with or without the scheme.
      issuer: [discovery.issuer, discovery.issuer.replace(/^https:\/\//, '')],
      audience: client.clientId,
      currentDate: exchange.now,
      clockTolerance: CLOCK_SKEW,
      maxTokenAge: MAX_TOKEN_AGE,
      requiredClaims: ['sub', 'exp', 'iat'],
    }));
  } catch {
    throw new AppError('oauth_rejected', 'The provider’s ID token did not verify');
  }
  if (!authorizedPartyOk(claims, client.clientId))
    throw new AppError('oauth_rejected', 'The ID token was issued to another party');
  if (claims.nonce !== exchange.nonce)
    throw new AppError('oauth_rejected', 'The ID token was not issued for this sign-in');
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v.slice(0, 200) : null);
  return {
    subject: String(claims.sub),
    email: text(claims.email)?.toLowerCase() ?? null,
    emailVerified: claims.email_verified === true || claims.email_verified === 'true',
    firstName: text(claims.given_name),
    lastName: text(claims.family_name),
  };
}
