import type { ServiceCall } from '../../context';
import type { LimiterBinding } from '../../domain/rate-limit-fields';
import { spendLimit } from '../access';

/** Which inbound path is counted, and by which credential (the binding's key). */
export type InboundLimit =
  | { path: 'conversions'; apiKeyId: string }
  | { path: 'postback'; programId: string }
  | { path: 'stripe_webhook'; appId: string }
  | { path: 'billing_webhook'; appId: string; provider: string }
  | { path: 'embed_tokens'; apiKeyId: string }
  | { path: 'editions'; apiKeyId: string }
  | { path: 'embed'; tokenId: string };

/**
 * Embed tokens share the conversions budget of their API key (an app asks for one per page view, far
 * fewer than its events); the embedded dashboard's calls share the sign-in bursts' 20 a minute per token,
 * several times what one person clicking through it sends. The policy names what is counted per what.
 */
function budgetOf(input: InboundLimit): { binding: LimiterBinding; key: string; policy: string } {
  switch (input.path) {
    case 'conversions':
      return { binding: 'CONVERSIONS_LIMITER', key: input.apiKeyId, policy: 'conversions.api_key' };
    case 'embed_tokens':
      return { binding: 'CONVERSIONS_LIMITER', key: `embed:${input.apiKeyId}`, policy: 'embed_tokens.api_key' };
    // Edition lookups and visits: the SDK caches lookups, so an app asks far less often than it has visitors.
    case 'editions':
      return { binding: 'CONVERSIONS_LIMITER', key: `editions:${input.apiKeyId}`, policy: 'editions.api_key' };
    case 'postback':
      return { binding: 'POSTBACK_LIMITER', key: input.programId, policy: 'postback.program' };
    case 'stripe_webhook':
      return { binding: 'STRIPE_WEBHOOK_LIMITER', key: input.appId, policy: 'stripe_webhook.app' };
    case 'billing_webhook':
      // The other conversion sources share the Stripe binding's budget, per app and provider.
      return {
        binding: 'STRIPE_WEBHOOK_LIMITER',
        key: `${input.provider}:${input.appId}`,
        policy: 'billing_webhook.app',
      };
    case 'embed':
      return { binding: 'AUTH_LIMITER', key: `embed:token:${input.tokenId}`, policy: 'embed.token' };
  }
}

/**
 * Per-credential bursts on the inbound event paths, through Workers rate-limit bindings: no
 * database round trip, approximate (counted per Cloudflare location). Called once the credential
 * is proven, so nobody can use up someone else's budget, and before anything is stored.
 */
export async function limitInbound({ ctx, input }: ServiceCall<InboundLimit>): Promise<void> {
  await spendLimit({
    ctx,
    input: {
      ...budgetOf(input),
      message: 'Too many requests for this credential; retry after the seconds in Retry-After',
    },
  });
}
