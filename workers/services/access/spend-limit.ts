import type { ServiceCall } from '../../context';
import { LIMITER_QUOTAS, type LimiterBinding } from '../../domain/rate-limit-fields';
import { RateLimitedError } from '../../errors/app-error';
import { countInWindow } from './window-counts';

export interface SpendLimitInput {
  binding: LimiterBinding;
  /** The binding's key: one budget per key. */
  key: string;
  /** The RateLimit policy's name: what the budget counts (`login`, `conversions`, …). */
  policy: string;
  /** The 429's message. */
  message: string;
}

/**
 * Spends one request of a binding limiter's budget: over it, 429 with Retry-After and the RateLimit fields;
 * under it, the request carries the fields too (ctx.reportRateLimit, written by the service-context middleware).
 */
export async function spendLimit({ ctx, input }: ServiceCall<SpendLimitInput>): Promise<void> {
  const { quota, windowSeconds } = LIMITER_QUOTAS[input.binding];
  const policy = { name: input.policy, quota, windowSeconds };
  const { success } = await ctx.config[input.binding].limit({ key: input.key });
  // The binding's period is the longest a refused caller waits.
  if (!success) throw new RateLimitedError(input.message, windowSeconds, policy);
  const counted = countInWindow(`${input.binding}:${input.key}`, windowSeconds, ctx.now.getTime());
  if (counted)
    ctx.reportRateLimit?.({
      policy,
      remaining: Math.max(0, quota - counted.count),
      resetSeconds: counted.resetSeconds,
    });
}
