import type { ServiceCall } from '../../context';
import { RateLimitedError } from '../../errors/app-error';

/** Which inbound path is counted, and by which credential (the binding's key). */
export type InboundLimit =
  | { path: 'conversions'; apiKeyId: string }
  | { path: 'postback'; programId: string }
  | { path: 'stripe_webhook'; appId: string }
  | { path: 'billing_webhook'; appId: string; provider: string };

/** The period of the three bindings in wrangler.toml: the longest a sender has to wait. */
export const INBOUND_LIMIT_PERIOD_SECONDS = 60;

/**
 * Per-credential bursts on the inbound event paths, through Workers rate-limit bindings: no
 * database round trip, approximate (counted per Cloudflare location). Called once the credential
 * is proven, so nobody can use up someone else's budget, and before anything is stored.
 */
export async function limitInbound({ ctx, input }: ServiceCall<InboundLimit>): Promise<void> {
  const { success } =
    input.path === 'conversions'
      ? await ctx.config.CONVERSIONS_LIMITER.limit({ key: input.apiKeyId })
      : input.path === 'postback'
        ? await ctx.config.POSTBACK_LIMITER.limit({ key: input.programId })
        : // Other billing providers share the Stripe binding's budget per app and provider.
          await ctx.config.STRIPE_WEBHOOK_LIMITER.limit({
            key: input.path === 'billing_webhook' ? `${input.provider}:${input.appId}` : input.appId,
          });
  if (!success)
    throw new RateLimitedError(
      'Too many requests for this credential; retry after the seconds in Retry-After',
      INBOUND_LIMIT_PERIOD_SECONDS,
    );
}
