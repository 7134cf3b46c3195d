import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../errors/app-error';
import { revokeSessions } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { loggedOutResponse, sessionParams } from './me-schema';
import { clearRefreshCookie } from './refresh-cookie';
import { refreshCookieHeader } from './set-cookie-header';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'delete',
  operationId: 'revokeSession',
  path: '/me/sessions/{sessionId}',
  tags: ['me'],
  summary: 'End one of your sessions (e.g. a lost device); its tokens stop working at once',
  security: [{ bearer: [] }],
  request: { params: sessionParams },
  responses: {
    200: {
      description: 'Ended',
      headers: refreshCookieHeader('When it was this session: clears the browser session cookie'),
      content: { 'application/json': { schema: loggedOutResponse } },
    },
    ...declareErrorResponses(400, 401, 404),
  },
});

export const revokeSessionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { userId, sessionId: current } = signedIn(c);
  const { sessionId } = c.req.valid('param');
  const { revoked } = await revokeSessions({
    ctx: c.var.services(),
    input: { userId, familyId: sessionId, reason: 'logout' },
  });
  // Someone else's session, or one already ended, looks the same: nothing of yours to end.
  if (revoked === 0) throw new AppError('not_found', 'No live session with this id');
  if (sessionId === current) clearRefreshCookie(c);
  return c.json({ sessionsEnded: revoked }, 200);
});
