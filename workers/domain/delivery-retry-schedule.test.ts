import { expect, test } from 'vitest';
import {
  DELIVERY_MAX_ATTEMPTS,
  DELIVERY_RETRY_DELAYS_SECONDS,
  deliveryRetryDelaySeconds,
  isFinalDeliveryAttempt,
  QUEUE_MAX_DELAY_SECONDS,
} from './delivery-retry-schedule';

const HOUR = 3600;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

test('the schedule spreads eight attempts over about a day, each delay within the queue limit', () => {
  expect(DELIVERY_MAX_ATTEMPTS).toBe(8);
  expect(DELIVERY_RETRY_DELAYS_SECONDS).toEqual([5, 300, 1800, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR]);
  // A ten-minute outage is ridden out by the third attempt; the whole series lasts about 27.5 h.
  expect(sum(DELIVERY_RETRY_DELAYS_SECONDS.slice(0, 2))).toBeLessThan(600);
  expect(sum(DELIVERY_RETRY_DELAYS_SECONDS.slice(0, 3))).toBeGreaterThan(600);
  expect(sum(DELIVERY_RETRY_DELAYS_SECONDS) / HOUR).toBeGreaterThan(24);
  expect(sum(DELIVERY_RETRY_DELAYS_SECONDS) / HOUR).toBeLessThan(30);
  for (let attempt = 1; attempt < DELIVERY_MAX_ATTEMPTS; attempt++)
    for (const r of [0, 0.5, 0.999_999])
      expect(deliveryRetryDelaySeconds(attempt, () => r)).toBeLessThanOrEqual(QUEUE_MAX_DELAY_SECONDS);
});

test('each delay grows, and jitter keeps it within ±20 %', () => {
  for (let attempt = 2; attempt < DELIVERY_MAX_ATTEMPTS; attempt++)
    expect(deliveryRetryDelaySeconds(attempt, () => 0.5)).toBeGreaterThanOrEqual(
      deliveryRetryDelaySeconds(attempt - 1, () => 0.5),
    );
  const seen = new Set<number>();
  for (let i = 0; i < 200; i++) {
    const d = deliveryRetryDelaySeconds(3);
    expect(d).toBeGreaterThanOrEqual(1440);
    expect(d).toBeLessThanOrEqual(2160);
    seen.add(d);
  }
  expect(seen.size).toBeGreaterThan(20); // really spread, not one value
});

test.each([
  { attempt: 1, final: false },
  { attempt: DELIVERY_MAX_ATTEMPTS - 1, final: false },
  { attempt: DELIVERY_MAX_ATTEMPTS, final: true },
  { attempt: DELIVERY_MAX_ATTEMPTS + 2, final: true },
])('attempt $attempt final: $final', ({ attempt, final }) => expect(isFinalDeliveryAttempt(attempt)).toBe(final));
