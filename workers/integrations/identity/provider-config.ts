import type { Config } from '../../env';

/** schema/enums' IdentityProvider, spelt out: integrations import nothing of the schema. */
export type IdentityProvider = 'google' | 'github';

export type IdentityConfig = Pick<
  Config,
  | 'APP_BASE_URL'
  | 'OUTBOUND_HOST_OVERRIDES'
  | 'GOOGLE_DISCOVERY_URL'
  | 'GOOGLE_CLIENT_ID'
  | 'GOOGLE_CLIENT_SECRET'
  | 'GITHUB_BASE_URL'
  | 'GITHUB_API_BASE_URL'
  | 'GITHUB_CLIENT_ID'
  | 'GITHUB_CLIENT_SECRET'
>;

export interface ProviderClient {
  clientId: string;
  clientSecret: string;
  /** Fixed by configuration, never taken from a request: the dashboard's callback page. */
  redirectUri: string;
}

/** The client of a provider with both its id and secret set, or null: no button, no flow. */
export function providerClient(config: IdentityConfig, provider: IdentityProvider): ProviderClient | null {
  const [clientId, clientSecret] =
    provider === 'google'
      ? [config.GOOGLE_CLIENT_ID, config.GOOGLE_CLIENT_SECRET]
      : [config.GITHUB_CLIENT_ID, config.GITHUB_CLIENT_SECRET];
  if (!clientId || !clientSecret) return null;
  return { clientId, clientSecret, redirectUri: `${config.APP_BASE_URL.replace(/\/$/, '')}/auth/callback/${provider}` };
}

/** What a provider tells us about the person, once its answer is verified. */
export interface ProviderProfile {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  firstName: string | null;
  lastName: string | null;
}

export interface AuthorizeRequest {
  state: string;
  nonce: string;
  codeChallenge: string;
}

export interface CodeExchange {
  code: string;
  verifier: string;
  nonce: string;
  now: Date;
}
