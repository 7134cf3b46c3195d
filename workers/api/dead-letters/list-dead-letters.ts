import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listDeadLetters } from '../../services/system';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { deadLettersPage, deadLettersQuery, deadLetterView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listDeadLetters',
  path: '/platform/dead-letters',
  tags: ['platform'],
  summary: 'Messages any queue gave up on, newest first',
  security: bearer,
  request: { query: deadLettersQuery },
  responses: {
    200: { description: 'A page of dead letters', content: { 'application/json': { schema: deadLettersPage } } },
    ...errorResponses,
  },
});

export const listDeadLettersRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listDeadLetters({ ctx: c.var.services(), input: query });
  return c.json(toPage(rows, query.limit, deadLetterView), 200);
});
