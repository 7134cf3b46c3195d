import { DELIVERY_MAX_ATTEMPTS } from '../domain/delivery-retry-schedule';

/**
 * Each consumer's `max_retries` in wrangler.toml (test/node/queue-retries.test.ts holds them
 * equal). A message the runtime moves to a dead-letter queue arrives there with its attempts
 * counted from 1 again, so its true count is this plus one. Postbacks and webhooks follow the
 * delivery schedule: one retry per delay.
 */
export const QUEUE_MAX_RETRIES = {
  clicks: 10,
  conversions: 20,
  postbacks: DELIVERY_MAX_ATTEMPTS - 1,
  notifications: 10,
  webhooks: DELIVERY_MAX_ATTEMPTS - 1,
} as const;

/** How many times the runtime delivered a message of `queue` before it moved it to the dead letters. */
export function attemptsBeforeDeadLetter(queue: string): number | null {
  const retries = QUEUE_MAX_RETRIES[queue as keyof typeof QUEUE_MAX_RETRIES];
  return retries === undefined ? null : retries + 1;
}
