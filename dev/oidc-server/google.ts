import type { IncomingMessage } from 'node:http';
import { redeem } from './authorize';
import { bearer, json, readForm, type Reply } from './reply';
import type { OidcServerOptions, ServerState } from './state';
import { clientCredentials, idToken, randomId } from './tokens';

export const discovery = (issuer: string) => ({
  issuer,
  authorization_endpoint: `${issuer}/authorize`,
  token_endpoint: `${issuer}/token`,
  userinfo_endpoint: `${issuer}/userinfo`,
  jwks_uri: `${issuer}/jwks`,
  response_types_supported: ['code'],
  subject_types_supported: ['public'],
  id_token_signing_alg_values_supported: ['RS256'],
  scopes_supported: ['openid', 'email', 'profile'],
  token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
  code_challenge_methods_supported: ['S256'],
  claims_supported: ['sub', 'email', 'email_verified', 'name', 'given_name', 'family_name', 'nonce'],
});

/** POST /token: the code (once), client authentication and PKCE, for an access token and an ID token. */
export async function googleToken(
  state: ServerState,
  opts: OidcServerOptions,
  issuer: string,
  req: IncomingMessage,
): Promise<Reply> {
  const form = await readForm(req);
  const [clientId, clientSecret] = clientCredentials(req.headers.authorization, form);
  if (clientId !== opts.google.clientId || clientSecret !== opts.google.clientSecret)
    return json(401, { error: 'invalid_client' });
  if (form.get('grant_type') !== 'authorization_code') return json(400, { error: 'unsupported_grant_type' });
  const code = redeem(state, 'google', form, clientId);
  if (typeof code === 'string') return json(400, { error: 'invalid_grant', error_description: code });
  const accessToken = randomId();
  state.accessTokens.set(accessToken, code!.who);
  return json(200, {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: 3600,
    scope: 'openid email profile',
    id_token: await idToken(state, issuer, code!),
  });
}

export function userinfo(state: ServerState, req: IncomingMessage): Reply {
  const who = state.accessTokens.get(bearer(req));
  if (!who) return json(401, { error: 'invalid_token' });
  return json(200, { sub: who.sub, email: who.email, email_verified: who.emailVerified, name: who.name });
}
