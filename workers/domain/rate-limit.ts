import type { RateLimitBucket } from '../../schema/enums';

export interface LimitPolicy {
  /** Attempts allowed inside the window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Exact, durable limits per account or email (the username, beside the IP), on top of the approximate
 * per-IP AUTH_LIMITER binding. A failure-type bucket is cleared by a success, so a user who gets
 * it right is never held back by earlier typos; request-type buckets simply age out.
 */
export const RATE_LIMITS: Record<RateLimitBucket, LimitPolicy> = {
  // Per email: 5 wrong passwords in 15 minutes lock the account until the oldest of them ages out.
  login_failure: { limit: 5, windowSeconds: 15 * 60 },
  // Per user: wrong TOTP or recovery codes, at login and in the 2FA settings.
  two_factor_failure: { limit: 5, windowSeconds: 15 * 60 },
  // Per user: wrong current password when changing the password or disabling 2FA.
  password_failure: { limit: 5, windowSeconds: 15 * 60 },
  // Per email, whether or not it has an account (the answer must not tell).
  password_reset: { limit: 3, windowSeconds: 60 * 60 },
  verification_resend: { limit: 3, windowSeconds: 60 * 60 },
  signup: { limit: 5, windowSeconds: 60 * 60 },
};

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Sliding window over earlier attempts (not counting the one being decided): allowed while fewer
 * than `limit` fall inside the window; otherwise the caller may retry once enough of them have
 * aged out that one more fits.
 */
export function decideLimit(earlier: readonly Date[], policy: LimitPolicy, now: Date): LimitDecision {
  const windowMs = policy.windowSeconds * 1000;
  const inWindow = earlier
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - windowMs)
    .sort((a, b) => a - b);
  if (inWindow.length < policy.limit) return { allowed: true };
  const freesUpAt = inWindow[inWindow.length - policy.limit]! + windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freesUpAt - now.getTime()) / 1000)) };
}
