import { consentPage } from './consent-page';
import { chosenIdentity } from './identities';
import { json, type Reply } from './reply';
import { ID_TOKEN_FAULTS, type IdTokenFault, type OidcClient, type ServerState } from './state';
import { randomId, s256 as s256Of } from './tokens';

/**
 * Both providers' authorize step: check the client and the PKCE challenge, then either show the
 * consent page or (a person chosen) send the browser back with a code and the state.
 */
export function authorize(state: ServerState, provider: 'google' | 'github', client: OidcClient, url: URL): Reply {
  const q = url.searchParams;
  const redirectUri = q.get('redirect_uri');
  if (q.get('client_id') !== client.clientId || !redirectUri)
    return json(400, { error: 'invalid_request', error_description: 'unknown client_id or no redirect_uri' });
  const challenge = q.get('code_challenge');
  if (provider === 'google' && (q.get('response_type') !== 'code' || !challenge))
    return json(400, { error: 'invalid_request', error_description: 'response_type=code and PKCE are required' });
  if (challenge && q.get('code_challenge_method') !== 'S256')
    return json(400, { error: 'invalid_request', error_description: 'only S256 is supported' });
  const who = chosenIdentity(q);
  if (!who) return { status: 200, html: consentPage(provider === 'google' ? 'Google' : 'GitHub', url) };
  const fault = q.get('fault');
  const code = randomId();
  state.codes.set(code, {
    provider,
    who,
    clientId: client.clientId,
    redirectUri,
    codeChallenge: challenge,
    nonce: q.get('nonce'),
    fault: ID_TOKEN_FAULTS.includes(fault as IdTokenFault) ? (fault as IdTokenFault) : null,
  });
  const back = new URL(redirectUri);
  back.searchParams.set('code', code);
  if (q.get('state') !== null) back.searchParams.set('state', q.get('state')!);
  return { status: 302, location: back.toString() };
}

/** Takes a code once, checking who presents it, where it was sent and the PKCE verifier. */
export function redeem(
  state: ServerState,
  provider: 'google' | 'github',
  form: URLSearchParams,
  clientId: string,
): ReturnType<ServerState['codes']['get']> | string {
  const code = state.codes.get(form.get('code') ?? '');
  state.codes.delete(form.get('code') ?? '');
  if (!code || code.provider !== provider || code.clientId !== clientId) return 'unknown or used code';
  if (form.get('redirect_uri') !== null && form.get('redirect_uri') !== code.redirectUri)
    return 'redirect_uri mismatch';
  if (code.codeChallenge) {
    const verifier = form.get('code_verifier') ?? '';
    if (!verifier || s256Of(verifier) !== code.codeChallenge) return 'PKCE verification failed';
  }
  return code;
}
