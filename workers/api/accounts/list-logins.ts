import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listLogins } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { loginsQuery, loginsResponse } from './me-schema';
import { serialize } from './serialize';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'get',
  operationId: 'listLogins',
  path: '/me/logins',
  tags: ['me'],
  summary: 'Your recent sign-ins: when, device, IP, and whether that session is still live',
  security: [{ bearer: [] }],
  request: { query: loginsQuery },
  responses: {
    200: { description: 'Sign-ins, newest first', content: { 'application/json': { schema: loginsResponse } } },
    ...declareErrorResponses(400, 401),
  },
});

export const listLoginsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const logins = await listLogins({
    ctx: c.var.services(),
    input: { userId: signedIn(c).userId, limit: c.req.valid('query').limit },
  });
  return c.json({ logins: serialize(logins) }, 200);
});
