import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { replayDeadLetter } from '../../services/system';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { deadLetter, deadLetterParams, deadLetterView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'replayDeadLetter',
  path: '/platform/dead-letters/{id}/replay',
  tags: ['platform'],
  summary: 'Send a dead letter back to its queue, once; audited',
  security: bearer,
  request: { params: deadLetterParams },
  responses: {
    202: { description: 'Queued again', content: { 'application/json': { schema: deadLetter } } },
    ...errorResponses,
  },
});

export const replayDeadLetterRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await replayDeadLetter({ ctx: c.var.services(), input: { id: c.req.valid('param').id } });
  return c.json(deadLetterView(row), 202);
});
