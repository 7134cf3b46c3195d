import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import worker from '../../workers/index';
import { testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

const api = (path: string, init?: RequestInit) => workerFetch(`https://tracker.test${path}`, init);

describe('API basics', () => {
  it('echoes a request id and answers unknown API routes with the error format', async () => {
    const res = await api('/api/no-such-thing');
    expect(res.status).toBe(404);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect(await res.json()).toEqual({
      error: {
        code: 'not_found',
        message: 'No route for GET /api/no-such-thing',
        requestId,
        docUrl: expect.stringMatching(/docs\/errors\.md#not_found$/),
      },
    });
  });

  it('keeps a caller-supplied request id', async () => {
    const res = await api('/api/health', { headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
  });

  it('reports degraded with 503 when the database is unreachable', async () => {
    const down = { ...env, DATABASE_URL: env.DATABASE_URL.replace(/\/[^/]+$/, '/no_such_database') };
    const res = await worker.fetch(new Request('https://tracker.test/api/health'), down, {
      waitUntil: () => {},
      passThroughOnException: () => {},
      props: {},
    } as unknown as ExecutionContext);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'degraded', database: { reachable: false, latencyMs: null } });
  });

  it('serves the OpenAPI document generated from the route schemas', async () => {
    const res = await api('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, Record<string, { operationId?: string; security?: unknown[] }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths).toHaveProperty('/api/health');
    // The server is the origin that served the document; the health check is public and named.
    expect(doc.servers.map((s) => s.url)).toEqual(['https://tracker.test']);
    expect(doc.paths['/api/health']!.get).toMatchObject({ operationId: 'getHealth', security: [] });
    expect(doc.components.schemas).toHaveProperty('Health');
  });

  it('fails loudly, as a 500 in the error format, when the environment is misconfigured', async () => {
    const broken = { ...env, DATABASE_URL: 'mysql://nope' };
    const res = await worker.fetch(new Request('https://tracker.test/api/health'), broken, {
      waitUntil: () => {},
      passThroughOnException: () => {},
      props: {},
    } as unknown as ExecutionContext);
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: { code: 'internal' } });
  });
});

describe('scheduled', () => {
  it('creates click partitions ahead of time on the partition maintenance cron', async () => {
    const inFiveMonths = new Date();
    inFiveMonths.setUTCMonth(inFiveMonths.getUTCMonth() + 5, 1);
    const name = `clicks_y${inFiveMonths.getUTCFullYear()}m${String(inFiveMonths.getUTCMonth() + 1).padStart(2, '0')}`;
    const { db, close } = testDb();
    const exists = async () =>
      (await db.execute(sql`select 1 from pg_tables where schemaname = 'affiliate' and tablename = ${name}`)).rows
        .length === 1;
    try {
      // The migration creates three months ahead; two months later the cron must have added this one.
      const later = new Date();
      later.setUTCMonth(later.getUTCMonth() + 2);
      expect(await exists()).toBe(false);
      await worker.scheduled(createScheduledController({ cron: '17 3 * * *', scheduledTime: later }), env);
      expect(await exists()).toBe(true);
    } finally {
      await close();
    }
  });

  it('refuses a cron it has no job for', async () => {
    await expect(worker.scheduled(createScheduledController({ cron: '*/7 * * * *' }), env)).rejects.toThrow(
      /No job for cron/,
    );
  });
});
