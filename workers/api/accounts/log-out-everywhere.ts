import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { revokeSessions } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { loggedOutResponse } from './me-schema';
import { clearRefreshCookie } from './refresh-cookie';
import { refreshCookieHeader } from './set-cookie-header';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'post',
  operationId: 'logOutEverywhere',
  path: '/me/logout-all',
  tags: ['me'],
  summary: 'End every session of the user, on every device, at once',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'Signed out everywhere',
      headers: refreshCookieHeader('Clears the browser session cookie: ae_refresh=; Max-Age=0'),
      content: { 'application/json': { schema: loggedOutResponse } },
    },
    ...declareErrorResponses(401),
  },
});

export const logOutEverywhereRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { revoked } = await revokeSessions({
    ctx: c.var.services(),
    input: { userId: signedIn(c).userId, reason: 'logout_all' },
  });
  clearRefreshCookie(c);
  return c.json({ sessionsEnded: revoked }, 200);
});
