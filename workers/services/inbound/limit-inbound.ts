import type { ServiceCall, ServiceContext } from '../../context';
import { RateLimitedError } from '../../errors/app-error';

/** Which inbound path is counted, and by which credential (the binding's key). */
export type InboundLimit =
  | { path: 'conversions'; apiKeyId: string }
  | { path: 'postback'; programId: string }
  | { path: 'stripe_webhook'; appId: string }
  | { path: 'billing_webhook'; appId: string; provider: string }
  | { path: 'embed_tokens'; apiKeyId: string }
  | { path: 'editions'; apiKeyId: string }
  | { path: 'embed'; tokenId: string };

/** The period of the three bindings in wrangler.toml: the longest a sender has to wait. */
export const INBOUND_LIMIT_PERIOD_SECONDS = 60;

/**
 * Embed tokens share the conversions budget of their API key (an app asks for one per page view, far
 * fewer than its events); the embedded dashboard's calls share the sign-in bursts' 20 a minute per token,
 * several times what one person clicking through it sends.
 */
function limiterOf(ctx: ServiceContext, input: InboundLimit): Promise<{ success: boolean }> {
  switch (input.path) {
    case 'conversions':
      return ctx.config.CONVERSIONS_LIMITER.limit({ key: input.apiKeyId });
    case 'embed_tokens':
      return ctx.config.CONVERSIONS_LIMITER.limit({ key: `embed:${input.apiKeyId}` });
    // Edition lookups and visits: the SDK caches lookups, so an app asks far less often than it has visitors.
    case 'editions':
      return ctx.config.CONVERSIONS_LIMITER.limit({ key: `editions:${input.apiKeyId}` });
    case 'postback':
      return ctx.config.POSTBACK_LIMITER.limit({ key: input.programId });
    case 'stripe_webhook':
      return ctx.config.STRIPE_WEBHOOK_LIMITER.limit({ key: input.appId });
    case 'billing_webhook':
      // The other conversion sources share the Stripe binding's budget, per app and provider.
      return ctx.config.STRIPE_WEBHOOK_LIMITER.limit({ key: `${input.provider}:${input.appId}` });
    case 'embed':
      return ctx.config.AUTH_LIMITER.limit({ key: `embed:token:${input.tokenId}` });
  }
}

/**
 * Per-credential bursts on the inbound event paths, through Workers rate-limit bindings: no
 * database round trip, approximate (counted per Cloudflare location). Called once the credential
 * is proven, so nobody can use up someone else's budget, and before anything is stored.
 */
export async function limitInbound({ ctx, input }: ServiceCall<InboundLimit>): Promise<void> {
  const { success } = await limiterOf(ctx, input);
  if (!success)
    throw new RateLimitedError(
      'Too many requests for this credential; retry after the seconds in Retry-After',
      INBOUND_LIMIT_PERIOD_SECONDS,
    );
}
