import { githubAuthorizeUrl, githubProfile } from './github';
import { googleAuthorizeUrl, googleProfile } from './google';
import type {
  AuthorizeRequest,
  CodeExchange,
  IdentityConfig,
  IdentityProvider,
  ProviderClient,
  ProviderProfile,
} from './provider-config';

export { providerClient, type IdentityConfig, type ProviderClient, type ProviderProfile } from './provider-config';

/** Where to send the browser to sign in at the provider. */
export function authorizeUrl(
  config: IdentityConfig,
  provider: IdentityProvider,
  client: ProviderClient,
  req: AuthorizeRequest,
): Promise<string> {
  return provider === 'google'
    ? googleAuthorizeUrl(config, client, req)
    : Promise.resolve(githubAuthorizeUrl(config, client, req));
}

/** The verified profile behind a callback's code. */
export function exchangeCode(
  config: IdentityConfig,
  provider: IdentityProvider,
  client: ProviderClient,
  exchange: CodeExchange,
): Promise<ProviderProfile> {
  return provider === 'google' ? googleProfile(config, client, exchange) : githubProfile(config, client, exchange);
}
