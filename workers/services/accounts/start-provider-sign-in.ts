import type { IdentityProvider } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import {
  type OAuthIntent,
  type OAuthSignUpChoice,
  pkceChallenge,
  randomToken,
  safeNextPath,
  signOAuthFlow,
} from '../../domain/oauth-flow';
import { AppError } from '../../errors/app-error';
import { authorizeUrl, providerClient } from '../../integrations/identity';
import { limitByIp } from '../access';

export interface StartProviderSignInInput {
  provider: IdentityProvider;
  intent: OAuthIntent;
  next?: string | undefined;
  /** Linking: the signed-in user. */
  userId?: string | undefined;
  signUp?: OAuthSignUpChoice | undefined;
}

/**
 * The first leg of a Google or GitHub sign-in (or link): fresh state, nonce and PKCE verifier,
 * sealed into the flow cookie the route sets, and the provider URL the browser goes to.
 */
export async function startProviderSignIn({
  ctx,
  input,
}: ServiceCall<StartProviderSignInInput>): Promise<{ authorizeUrl: string; flowToken: string }> {
  await limitByIp({ ctx, input: { action: 'login' } });
  const client = providerClient(ctx.config, input.provider);
  if (!client) throw new AppError('identity_provider_off', `Signing in with ${input.provider} is not set up here`);
  const flow = {
    provider: input.provider,
    intent: input.intent,
    state: randomToken(),
    nonce: randomToken(),
    verifier: randomToken(),
    next: safeNextPath(input.next),
    userId: input.userId,
    signUp: input.signUp,
  };
  const url = await authorizeUrl(ctx.config, input.provider, client, {
    state: flow.state,
    nonce: flow.nonce,
    codeChallenge: await pkceChallenge(flow.verifier),
  });
  return { authorizeUrl: url, flowToken: await signOAuthFlow(flow, ctx.config.JWT_SECRET, ctx.now) };
}
