import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { banUser } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { banBody, banStateResponse, userParams } from './platform-schema';

const route = createRoute({
  method: 'post',
  operationId: 'banUser',
  path: '/platform/users/{userId}/ban',
  tags: ['platform'],
  summary: 'Ban a user: sign-in is refused and every session ends at once',
  security: [{ bearer: [] }],
  request: { params: userParams, body: { required: false, content: { 'application/json': { schema: banBody } } } },
  responses: {
    200: { description: 'Banned', content: { 'application/json': { schema: banStateResponse } } },
    ...declareErrorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export const banUserRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await banUser({
    ctx: c.var.services(),
    input: { userId: c.req.valid('param').userId, reason: c.req.valid('json').reason },
  });
  return c.json(result, 200);
});
