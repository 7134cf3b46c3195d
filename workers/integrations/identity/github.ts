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

const base = (url: string) => url.replace(/\/$/, '');

export function githubAuthorizeUrl(config: IdentityConfig, client: ProviderClient, req: AuthorizeRequest): string {
  const url = new URL(`${base(config.GITHUB_BASE_URL)}/login/oauth/authorize`);
  url.search = new URLSearchParams({
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    scope: 'read:user user:email',
    state: req.state,
    code_challenge: req.codeChallenge,
    code_challenge_method: 'S256',
    allow_signup: 'true',
  }).toString();
  return url.toString();
}

const tokenSchema = z.object({ access_token: z.string().min(1).max(4096) });
const userSchema = z.object({ id: z.number().int(), name: z.string().nullish() });
const emailsSchema = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }));

/**
 * GitHub has no ID token: the code (with the PKCE verifier) buys an access token, which reads the
 * user (its numeric id is the subject) and its emails. Only the primary email counts, verified as
 * GitHub says.
 */
export async function githubProfile(
  config: IdentityConfig,
  client: ProviderClient,
  exchange: CodeExchange,
): Promise<ProviderProfile> {
  const token = tokenSchema.safeParse(
    await providerFetch(
      config,
      `${base(config.GITHUB_BASE_URL)}/login/oauth/access_token`,
      formPost({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        code: exchange.code,
        code_verifier: exchange.verifier,
        redirect_uri: client.redirectUri,
      }),
    ),
  );
  if (!token.success) throw new AppError('oauth_rejected', 'GitHub sent no access token');
  const init: RequestInit = {
    headers: {
      authorization: `Bearer ${token.data.access_token}`,
      accept: 'application/vnd.github+json',
      'user-agent': 'affiliate-edge',
    },
  };
  const api = base(config.GITHUB_API_BASE_URL);
  const user = userSchema.safeParse(await providerFetch(config, `${api}/user`, init));
  const emails = emailsSchema.safeParse(await providerFetch(config, `${api}/user/emails`, init));
  if (!user.success || !emails.success)
    throw new AppError('oauth_rejected', 'GitHub’s answer about the user is not usable');
  const primary = emails.data.find((e) => e.primary);
  const [firstName, ...rest] = (user.data.name ?? '').trim().split(/\s+/);
  return {
    subject: String(user.data.id),
    email: primary ? primary.email.toLowerCase() : null,
    emailVerified: primary?.verified ?? false,
    firstName: firstName ? firstName.slice(0, 200) : null,
    lastName: rest.length > 0 ? rest.join(' ').slice(0, 200) : null,
  };
}
