import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import worker from '../../workers/index';
import { recordingBatch } from '../queue-batch';

// A database that does not exist: every query fails with an error no code path expects.
const down = { ...env, DATABASE_URL: env.DATABASE_URL.replace(/\/[^/]+$/, '/no_such_database') };
const executionCtx = {
  waitUntil: () => {},
  passThroughOnException: () => {},
  props: {},
} as unknown as ExecutionContext;

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

const errorLines = () =>
  errors.mock.calls.flatMap(([line]) => {
    try {
      return [JSON.parse(String(line)) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

describe('structured logs carry their correlation id', () => {
  it('logs an unexpected request failure with the request id echoed in X-Request-Id', async () => {
    const res = await worker.fetch(
      new Request('https://tracker.test/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'someone@example.com', password: 'a long enough password' }),
      }),
      down,
      executionCtx,
    );
    expect(res.status).toBe(500);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect(await res.json()).toMatchObject({ error: { code: 'internal', requestId } });
    expect(errorLines()).toContainEqual(
      expect.objectContaining({
        level: 'error',
        event: 'request_failed',
        requestId,
        method: 'POST',
        path: '/api/auth/login',
        message: expect.any(String),
        stack: expect.any(String),
      }),
    );
  });

  it('binds a queue consumer line to its queue and message id', async () => {
    const { batch, outcomes } = recordingBatch('conversions', [
      { body: { v: 1, conversionId: crypto.randomUUID() }, attempts: 1, id: 'msg-logged-1' },
    ]);
    await worker.queue(batch, down);
    expect(outcomes[0]).toMatchObject({ acked: false, retried: true });
    expect(errorLines()).toContainEqual(
      expect.objectContaining({
        level: 'error',
        event: 'attribution_retry_failed',
        queue: 'conversions',
        messageId: 'msg-logged-1',
      }),
    );
  });

  it('binds a cron job line to its cron and job', async () => {
    await expect(worker.scheduled(createScheduledController({ cron: '*/10 * * * *' }), down)).rejects.toThrow(
      /pollPayoutResults/,
    );
    expect(errorLines()).toContainEqual(
      expect.objectContaining({
        level: 'error',
        event: 'cron_job_failed',
        cron: '*/10 * * * *',
        job: 'pollPayoutResults',
      }),
    );
  });
});
