import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { changePassword } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { changePasswordBody } from './me-schema';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'post',
  operationId: 'changePassword',
  path: '/me/password',
  tags: ['me'],
  summary: 'Change the password, or set a first one without the current; every other session ends',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: changePasswordBody } } } },
  responses: {
    204: { description: 'Changed' },
    ...declareErrorResponses(400, 401, 413, 415, 429),
  },
});

export const changePasswordRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { userId, sessionId } = signedIn(c);
  await changePassword({ ctx: c.var.services(), input: { userId, sessionId, ...c.req.valid('json') } });
  return c.body(null, 204);
});
