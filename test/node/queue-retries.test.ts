import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { expect, test } from 'vitest';
import { QUEUE_MAX_RETRIES } from '../../workers/consumers/queue-retries';
import { DELIVERY_MAX_ATTEMPTS, DELIVERY_RETRY_DELAYS_SECONDS } from '../../workers/domain/delivery-retry-schedule';
import { WEBHOOK_MAX_ATTEMPTS } from '../../workers/domain/webhook-delivery';

type Consumer = { queue: string; max_retries?: number; dead_letter_queue?: string };
const toml = parse(readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8')) as {
  queues: { consumers: Consumer[] };
};
const consumers = toml.queues.consumers.filter((c) => c.dead_letter_queue);

test('postbacks and webhooks retry once per delay of the schedule: max_retries = attempts - 1', () => {
  const retries = (queue: string) => consumers.find((c) => c.queue === queue)?.max_retries;
  expect(DELIVERY_MAX_ATTEMPTS).toBe(DELIVERY_RETRY_DELAYS_SECONDS.length + 1);
  expect(retries('postbacks')).toBe(DELIVERY_RETRY_DELAYS_SECONDS.length);
  expect(retries('webhooks')).toBe(DELIVERY_RETRY_DELAYS_SECONDS.length);
  expect(WEBHOOK_MAX_ATTEMPTS).toBe(DELIVERY_MAX_ATTEMPTS);
});

test('the dead-letter consumers know every queue’s max_retries (the true attempts of a runtime-moved letter)', () => {
  expect(Object.fromEntries(consumers.map((c) => [c.queue, c.max_retries]))).toEqual(QUEUE_MAX_RETRIES);
});
