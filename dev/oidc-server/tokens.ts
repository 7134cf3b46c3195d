import { createHash, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import type { IssuedCode, ServerState } from './state';

export const randomId = () => randomBytes(24).toString('base64url');

/** PKCE S256 as RFC 7636 has it. */
export const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** Client authentication: HTTP Basic or the form's client_id and client_secret. */
export function clientCredentials(authorization: string | undefined, form: URLSearchParams): [string, string] {
  if (authorization?.startsWith('Basic ')) {
    const [id = '', secret = ''] = Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':');
    return [decodeURIComponent(id), decodeURIComponent(secret)];
  }
  return [form.get('client_id') ?? '', form.get('client_secret') ?? ''];
}

/** The ID token of a code, with the fault a test asked for. */
export function idToken(state: ServerState, issuer: string, code: IssuedCode): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const iat = code.fault === 'expired' ? now - 7200 : code.fault === 'future_iat' ? now + 365 * 86400 : now;
  const several = code.fault?.startsWith('extra_audience') === true;
  const azp =
    code.fault === 'extra_audience_azp'
      ? code.clientId
      : code.fault === 'extra_audience_other_azp'
        ? 'someone-else'
        : undefined;
  const [first, ...rest] = code.who.name.split(' ');
  return new SignJWT({
    email: code.who.email,
    email_verified: code.who.emailVerified,
    name: code.who.name,
    given_name: first,
    family_name: rest.join(' '),
    nonce: code.fault === 'bad_nonce' ? 'not-the-nonce' : (code.nonce ?? undefined),
    ...(azp ? { azp } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', kid: state.publicJwk.kid! })
    .setSubject(code.who.sub)
    .setIssuer(code.fault === 'wrong_issuer' ? 'https://issuer.invalid' : issuer)
    .setAudience(
      code.fault === 'wrong_audience' ? 'someone-else' : several ? [code.clientId, 'someone-else'] : code.clientId,
    )
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(code.fault === 'forged' ? state.otherKey : state.key);
}
