import type { IdentityProvider } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { type OAuthFlow, type OAuthIntent, sameSecret, verifyOAuthFlow } from '../../domain/oauth-flow';
import { AppError } from '../../errors/app-error';
import { exchangeCode, providerClient, type ProviderProfile } from '../../integrations/identity';
import { limitByIp } from '../access';
import { spendOAuthFlow } from './spend-oauth-flow';

export interface ProviderCallbackInput {
  provider: IdentityProvider;
  code: string;
  state: string;
  /** The flow cookie; undefined when the browser sent none. */
  flowToken: string | undefined;
}

/**
 * The second leg, shared by sign-in and linking: the flow cookie must be ours, unexpired, for this
 * provider and intent, and carry the state that came back; only then is the code traded (with the
 * PKCE verifier) for a verified profile. The flow is spent on the server first: one cookie, one callback.
 */
export async function readProviderCallback({
  ctx,
  input,
}: ServiceCall<ProviderCallbackInput & { intent: OAuthIntent }>): Promise<{
  flow: OAuthFlow;
  profile: ProviderProfile;
}> {
  await limitByIp({ ctx, input: { action: 'login' } });
  const client = providerClient(ctx.config, input.provider);
  if (!client) throw new AppError('identity_provider_off', `Signing in with ${input.provider} is not set up here`);
  const flow = input.flowToken
    ? await verifyOAuthFlow(input.flowToken, input.provider, ctx.config.JWT_SECRET, ctx.now)
    : null;
  if (!flow || flow.intent !== input.intent || !sameSecret(flow.state, input.state))
    throw new AppError('oauth_state_invalid', 'This sign-in was not started here, or took too long; start again');
  await spendOAuthFlow({ ctx, input: { state: flow.state } });
  const profile = await exchangeCode(ctx.config, input.provider, client, {
    code: input.code,
    verifier: flow.verifier,
    nonce: flow.nonce,
    now: ctx.now,
  });
  return { flow, profile };
}
