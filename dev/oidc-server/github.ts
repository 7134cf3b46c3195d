import type { IncomingMessage } from 'node:http';
import { redeem } from './authorize';
import { bearer, json, readForm, type Reply } from './reply';
import type { OidcServerOptions, ServerState } from './state';
import { clientCredentials, randomId } from './tokens';

/** POST /login/oauth/access_token: as GitHub, a refused code is a 200 with `error` in the body. */
export async function githubAccessToken(
  state: ServerState,
  opts: OidcServerOptions,
  req: IncomingMessage,
): Promise<Reply> {
  const form = await readForm(req);
  const [clientId, clientSecret] = clientCredentials(req.headers.authorization, form);
  if (clientId !== opts.github.clientId || clientSecret !== opts.github.clientSecret)
    return json(200, { error: 'incorrect_client_credentials' });
  const code = redeem(state, 'github', form, clientId);
  if (typeof code === 'string') return json(200, { error: 'bad_verification_code', error_description: code });
  const accessToken = `gho_${randomId()}`;
  state.accessTokens.set(accessToken, code!.who);
  return json(200, { access_token: accessToken, token_type: 'bearer', scope: 'read:user,user:email' });
}

export function githubUser(state: ServerState, req: IncomingMessage, emails: boolean): Reply {
  const who = state.accessTokens.get(bearer(req));
  if (!who) return json(401, { message: 'Bad credentials' });
  if (emails)
    return json(200, [{ email: who.email, primary: true, verified: who.emailVerified, visibility: 'public' }]);
  return json(200, { id: who.githubId, login: who.login, name: who.name, email: null });
}
