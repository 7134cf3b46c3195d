import type { ServiceCall } from '../../context';
import { RateLimitedError } from '../../errors/app-error';

export type IpLimitedAction =
  | 'signup'
  | 'login'
  | 'two_factor'
  | 'password_reset'
  | 'verification'
  | 'invitation'
  | 'recruit_lookup';

/** The AUTH_LIMITER binding's period (wrangler.toml): the longest a caller has to wait. */
const PERIOD_SECONDS = 60;

/**
 * Bursts per client IP, through the Workers rate-limit binding: cheap and approximate (counted per
 * Cloudflare location), which is right for this layer; exact per-account counts are
 * reserveAttempt's job.
 */
export async function limitByIp({ ctx, input }: ServiceCall<{ action: IpLimitedAction }>): Promise<void> {
  const ip = ctx.origin?.ip ?? 'unknown';
  const { success } = await ctx.config.AUTH_LIMITER.limit({ key: `${input.action}:ip:${ip}` });
  if (!success)
    throw new RateLimitedError('Too many requests from this address; try again in a minute', PERIOD_SECONDS);
}
