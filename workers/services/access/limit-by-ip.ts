import type { ServiceCall } from '../../context';
import { spendLimit } from './spend-limit';

export type IpLimitedAction =
  | 'signup'
  | 'login'
  | 'two_factor'
  | 'password_reset'
  | 'verification'
  | 'invitation'
  | 'recruit_lookup';

/**
 * Bursts per client IP, through the Workers rate-limit binding: cheap and approximate (counted per
 * Cloudflare location), which is right for this layer; exact per-account counts are
 * reserveAttempt's job. Each action is a RateLimit policy of its own (`login.ip`, …).
 */
export async function limitByIp({ ctx, input }: ServiceCall<{ action: IpLimitedAction }>): Promise<void> {
  const ip = ctx.origin?.ip ?? 'unknown';
  await spendLimit({
    ctx,
    input: {
      binding: 'AUTH_LIMITER',
      key: `${input.action}:ip:${ip}`,
      policy: `${input.action}.ip`,
      message: 'Too many requests from this address; try again in a minute',
    },
  });
}
