import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../errors/app-error';
import { refreshSession } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { refreshCookies } from './auth-schema';
import { usesCookieTransport } from './cookie-transport';
import { clearRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { refreshCookieHeader } from './set-cookie-header';

const resumeHeaders = z.object({
  'x-refresh-transport': z
    .enum(['cookie'])
    .describe('Always cookie: this operation exists for browsers, whose refresh token is the ae_refresh cookie'),
});

const resumeResponse = z
  .object({
    accessToken: z
      .string()
      .nullable()
      .describe('A new access token when the browser had a live session; null for a visitor who is signed out'),
  })
  .openapi('ResumedSession');

const route = createRoute({
  operationId: 'resumeSession',
  method: 'post',
  // Under /auth/refresh so the ae_refresh cookie (Path=/api/auth/refresh) is sent to it.
  path: '/auth/refresh/resume',
  tags: ['auth'],
  summary: 'Resume the browser’s session, if it has one',
  description:
    'What a page load asks before it knows whether anyone is signed in. With a live ae_refresh cookie it is ' +
    '`/auth/refresh` in cookie mode (rotation and reuse detection alike); without a cookie, or with one that no ' +
    'longer works (cleared then), it answers 200 with `accessToken: null` instead of a 401, so a signed-out ' +
    'visitor’s browser logs no error. Same-origin only (403 csrf_rejected otherwise).',
  security: publicAccess,
  request: { headers: resumeHeaders, cookies: refreshCookies },
  responses: {
    200: {
      description: 'The access token of the resumed session, or null',
      headers: refreshCookieHeader('The successor, ae_refresh=<token>; HttpOnly; Secure; SameSite=Strict (or cleared)'),
      content: { 'application/json': { schema: resumeResponse } },
    },
    ...declareErrorResponses(400, 403),
  },
});

export const resumeSessionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  usesCookieTransport(c, c.req.valid('header')['x-refresh-transport']);
  const refreshToken = c.req.valid('cookie').ae_refresh;
  if (!refreshToken) return c.json({ accessToken: null }, 200);
  try {
    const { refreshToken: successor, accessToken } = await refreshSession({
      ctx: c.var.services(),
      input: { refreshToken },
    });
    setRefreshCookie(c, successor);
    return c.json({ accessToken }, 200);
  } catch (err) {
    // A dead token (expired, revoked, reused) is a signed-out visitor: drop the cookie and say so.
    if (!(err instanceof AppError && err.code === 'unauthorized')) throw err;
    clearRefreshCookie(c);
    return c.json({ accessToken: null }, 200);
  }
});
