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
  operationId: 'logOut',
  path: '/me/logout',
  tags: ['me'],
  summary: 'End this session: its refresh token and access tokens stop working',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'Signed out',
      headers: refreshCookieHeader('Clears the browser session cookie: ae_refresh=; Max-Age=0'),
      content: { 'application/json': { schema: loggedOutResponse } },
    },
    ...declareErrorResponses(401),
  },
});

export const logOutRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { userId, sessionId } = signedIn(c);
  const { revoked } = await revokeSessions({
    ctx: c.var.services(),
    input: { userId, familyId: sessionId, reason: 'logout' },
  });
  clearRefreshCookie(c);
  return c.json({ sessionsEnded: revoked }, 200);
});
