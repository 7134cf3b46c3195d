import { describe, expect, test } from 'vitest';
import {
  afterFinalFailure,
  isFinalWebhookAttempt,
  WEBHOOK_DISABLE_AFTER,
  WEBHOOK_MAX_ATTEMPTS,
  webhookBody,
  webhookRetryDelaySeconds,
} from './webhook-delivery';

describe('retry delay', () => {
  // Nominal delays (random 0.5 → no jitter): the schedule postbacks share.
  test.each([
    { attempt: 0, delay: 5 },
    { attempt: 1, delay: 5 },
    { attempt: 2, delay: 300 },
    { attempt: 3, delay: 1800 },
    { attempt: 4, delay: 7200 },
    { attempt: 5, delay: 18_000 },
    { attempt: 6, delay: 36_000 },
    { attempt: 7, delay: 36_000 },
    { attempt: 30, delay: 36_000 },
  ])('after attempt $attempt wait $delay s', ({ attempt, delay }) =>
    expect(webhookRetryDelaySeconds(attempt, () => 0.5)).toBe(delay),
  );

  test('the delays stay within the 12 h a queue retry may wait', () => {
    for (let a = 1; a < WEBHOOK_MAX_ATTEMPTS; a++)
      expect(webhookRetryDelaySeconds(a, () => 0.999_999)).toBeLessThanOrEqual(43_200);
  });
});

test.each([
  { attempt: 1, final: false },
  { attempt: WEBHOOK_MAX_ATTEMPTS - 1, final: false },
  { attempt: WEBHOOK_MAX_ATTEMPTS, final: true },
  { attempt: WEBHOOK_MAX_ATTEMPTS + 3, final: true },
])('attempt $attempt final: $final', ({ attempt, final }) => expect(isFinalWebhookAttempt(attempt)).toBe(final));

test.each([
  { before: 0, after: 1, disable: false },
  { before: WEBHOOK_DISABLE_AFTER - 2, after: WEBHOOK_DISABLE_AFTER - 1, disable: false },
  { before: WEBHOOK_DISABLE_AFTER - 1, after: WEBHOOK_DISABLE_AFTER, disable: true },
  { before: WEBHOOK_DISABLE_AFTER + 4, after: WEBHOOK_DISABLE_AFTER + 5, disable: true },
])('$before failures in a row, one more: $after, disabled $disable', ({ before, after, disable }) =>
  expect(afterFinalFailure(before)).toEqual({ consecutiveFailures: after, disable }),
);

test('the body is type, ISO timestamp and data', () => {
  expect(JSON.parse(webhookBody('payout', new Date('2026-01-02T03:04:05Z'), { amountMinor: 1500 }))).toEqual({
    type: 'payout',
    timestamp: '2026-01-02T03:04:05.000Z',
    data: { amountMinor: 1500 },
  });
});
