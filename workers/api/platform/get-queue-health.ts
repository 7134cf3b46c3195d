import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getQueueHealth } from '../../services/system';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { queueHealth, queueHealthView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getQueueHealth',
  path: '/platform/queues/health',
  tags: ['platform'],
  summary: 'Backlogs and failures of the queues: dead letters, spooled clicks, unsent emails and postbacks',
  security: bearer,
  responses: {
    200: { description: 'Counts as stored now', content: { 'application/json': { schema: queueHealth } } },
    ...errorResponses,
  },
});

export const getQueueHealthRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const health = await getQueueHealth({ ctx: c.var.services(), input: undefined });
  return c.json(queueHealthView(health), 200);
});
