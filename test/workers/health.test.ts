import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

describe('GET /api/health', () => {
  it('reports the database as reachable', async () => {
    const res = await exports.default.fetch('https://tracker.test/api/health');
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ status: 'ok', version: env.APP_VERSION, database: { reachable: true } });
  });
});
