import { describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS, nextDeliveryAttempt } from './delivery-backoff';

const now = new Date('2026-01-01T00:00:00Z');

describe('nextDeliveryAttempt', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 8],
    [5, 16],
  ])('after %i failed attempt(s) waits %i minute(s)', (attempts, minutes) => {
    expect(nextDeliveryAttempt(attempts, now)!.getTime() - now.getTime()).toBe(minutes * 60_000);
  });

  it.each([MAX_DELIVERY_ATTEMPTS, MAX_DELIVERY_ATTEMPTS + 1])('gives up after %i attempts', (attempts) => {
    expect(nextDeliveryAttempt(attempts, now)).toBeNull();
  });
});
