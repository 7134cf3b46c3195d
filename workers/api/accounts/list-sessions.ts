import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listSessions } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { sessionsResponse } from './me-schema';
import { serialize } from './serialize';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'get',
  operationId: 'listSessions',
  path: '/me/sessions',
  tags: ['me'],
  summary: 'Live sessions: device, IP, sign-in and last use',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'Sessions, most recently used first',
      content: { 'application/json': { schema: sessionsResponse } },
    },
    ...declareErrorResponses(401),
  },
});

export const listSessionsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { userId, sessionId } = signedIn(c);
  const sessions = await listSessions({ ctx: c.var.services(), input: { userId, currentSessionId: sessionId } });
  return c.json({ sessions: serialize(sessions) }, 200);
});
