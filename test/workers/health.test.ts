import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

describe('GET /api/health', () => {
  it('reports the database as reachable', async () => {
    const res = await workerFetch('https://tracker.test/api/health');
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ status: 'ok', version: env.APP_VERSION, database: { reachable: true } });
  });
});
