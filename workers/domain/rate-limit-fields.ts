/**
 * The IETF RateLimit and RateLimit-Policy response fields (draft-ietf-httpapi-ratelimit-headers-11, May 2026:
 * structured-field lists, `RateLimit: "name";r=<remaining>;t=<seconds>`, `RateLimit-Policy: "name";q=<quota>;w=<seconds>`).
 */
export interface QuotaPolicy {
  /** The policy's identifier, the same in both fields: what is counted (`login`, `conversions`, …). */
  name: string;
  /** Requests allowed in one window. */
  quota: number;
  windowSeconds: number;
}

/** Where a caller stands under one policy after this request. */
export interface ServiceLimit {
  policy: QuotaPolicy;
  remaining: number;
  /** Seconds until the window that `remaining` counts in ends. */
  resetSeconds: number;
}

const NAME = /^[a-z0-9_.-]+$/;

export function rateLimitFields({ policy, remaining, resetSeconds }: ServiceLimit): {
  RateLimit: string;
  'RateLimit-Policy': string;
} {
  // A name goes out as an sf-string; the names are ours, so only plain ones, never anything needing escapes.
  if (!NAME.test(policy.name)) throw new Error(`Not a plain policy name: ${policy.name}`);
  const whole = (n: number) => Math.max(0, Math.floor(n));
  return {
    RateLimit: `"${policy.name}";r=${whole(remaining)};t=${whole(resetSeconds)}`,
    'RateLimit-Policy': `"${policy.name}";q=${whole(policy.quota)};w=${Math.max(1, whole(policy.windowSeconds))}`,
  };
}

/** Adds one policy's fields to a response's headers; several policies make a list (`, `-joined, as RFC 9651 allows). */
export function appendRateLimitFields(headers: Headers, limit: ServiceLimit): void {
  for (const [name, value] of Object.entries(rateLimitFields(limit))) headers.append(name, value);
}

/**
 * The binding limiters of wrangler.toml's [[ratelimits]] (`simple = { limit, period }`), which the runtime does not
 * expose to the Worker; test/node/rate-limit-policies.test.ts keeps the two in step.
 */
export const LIMITER_QUOTAS = {
  AUTH_LIMITER: { quota: 20, windowSeconds: 60 },
  CONVERSIONS_LIMITER: { quota: 1200, windowSeconds: 60 },
  POSTBACK_LIMITER: { quota: 1200, windowSeconds: 60 },
  STRIPE_WEBHOOK_LIMITER: { quota: 600, windowSeconds: 60 },
} as const;
export type LimiterBinding = keyof typeof LIMITER_QUOTAS;
