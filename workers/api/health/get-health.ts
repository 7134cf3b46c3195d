import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { checkDatabase } from '../../services/system';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { healthResponse } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getHealth',
  security: publicAccess,
  path: '/health',
  tags: ['system'],
  summary: 'Liveness and database reachability',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: healthResponse } } },
    503: { description: 'The database is unreachable', content: { 'application/json': { schema: healthResponse } } },
  },
});

export const getHealthRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const database = await checkDatabase({ ctx, input: { timeoutMs: 3_000 } });
  const body = {
    status: database.reachable ? 'ok' : 'degraded',
    version: ctx.config.APP_VERSION,
    database,
    time: ctx.now.toISOString(),
  } as const;
  return database.reachable ? c.json(body, 200) : c.json(body, 503);
});
