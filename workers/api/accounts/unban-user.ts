import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { unbanUser } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { banStateResponse, userParams } from './platform-schema';

const route = createRoute({
  method: 'post',
  operationId: 'unbanUser',
  path: '/platform/users/{userId}/unban',
  tags: ['platform'],
  summary: 'Lift a ban',
  security: [{ bearer: [] }],
  request: { params: userParams },
  responses: {
    200: { description: 'No longer banned', content: { 'application/json': { schema: banStateResponse } } },
    ...declareErrorResponses(400, 401, 403, 404),
  },
});

export const unbanUserRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await unbanUser({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.json(result, 200);
});
