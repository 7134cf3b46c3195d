/**
 * When a failed postback or webhook is tried again, after failed attempt 1, 2, …: the schedule
 * receivers know from Standard Webhooks and Stripe-style senders (5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 10 h), so a partner's tracker that is down for a deploy, an hour or a night still gets
 * the event. Eight attempts over about 27.5 hours.
 */
export const DELIVERY_RETRY_DELAYS_SECONDS = [5, 300, 1_800, 7_200, 18_000, 36_000, 36_000] as const;

/** The first attempt plus one per delay: the queues' `max_retries` is this minus one (wrangler.toml). */
export const DELIVERY_MAX_ATTEMPTS = DELIVERY_RETRY_DELAYS_SECONDS.length + 1;

/** Cloudflare Queues refuses a retry delay longer than 12 hours. */
export const QUEUE_MAX_DELAY_SECONDS = 43_200;

/** Each delay is spread by up to ±20 % so the retries of one outage do not all land in the same second. */
export const DELIVERY_RETRY_JITTER = 0.2;

/**
 * The delay after failed attempt `attempt` (1-based; past the schedule, its last step), jittered
 * with `random` (0 ≤ r < 1; 0.5 gives the nominal delay) and kept within the queue's limit.
 */
export function deliveryRetryDelaySeconds(attempt: number, random: () => number = Math.random): number {
  const steps = DELIVERY_RETRY_DELAYS_SECONDS;
  const nominal = steps[Math.min(steps.length, Math.max(1, Math.floor(attempt))) - 1]!;
  const jittered = nominal * (1 + DELIVERY_RETRY_JITTER * (2 * random() - 1));
  return Math.min(QUEUE_MAX_DELAY_SECONDS, Math.max(1, Math.round(jittered)));
}

/** Whether failed attempt `attempt` of a series was its last: nothing is tried after it. */
export const isFinalDeliveryAttempt = (attempt: number): boolean => attempt >= DELIVERY_MAX_ATTEMPTS;
