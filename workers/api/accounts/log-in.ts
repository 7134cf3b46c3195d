import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { logIn } from '../../services/accounts';
import { declareErrorResponses, rateLimitHeaders } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { logInBody, logInResponse, refreshTransportHeaders } from './auth-schema';
import { usesCookieTransport } from './cookie-transport';
import { setRefreshCookie } from './refresh-cookie';
import { refreshCookieHeader } from './set-cookie-header';

const route = createRoute({
  method: 'post',
  operationId: 'logIn',
  security: publicAccess,
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Sign in with email and password',
  description:
    'Answers a session, or `{ twoFactorRequired: true, challengeToken }` when the account has 2FA: then POST /auth/login/2fa. ' +
    'With `X-Refresh-Transport: cookie` the session is a BrowserSession: the refresh token is only in the ae_refresh cookie. ' +
    'Five wrong passwords for one email within 15 minutes lock it until the oldest ages out (429 with Retry-After). Answers carry the RateLimit and RateLimit-Policy fields of the per-address budget (`login.ip`), and a lockout 429 those of `login_failure` too.',
  request: {
    headers: refreshTransportHeaders,
    body: { required: true, content: { 'application/json': { schema: logInBody } } },
  },
  responses: {
    200: {
      description: 'A session, or a 2FA challenge',
      headers: {
        ...refreshCookieHeader('Cookie mode, signed in: ae_refresh=<token>; HttpOnly; Secure; SameSite=Strict'),
        ...rateLimitHeaders,
      },
      content: { 'application/json': { schema: logInResponse } },
    },
    ...declareErrorResponses(400, 401, 403, 413, 415, 429),
  },
});

export const logInRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const cookie = usesCookieTransport(c, c.req.valid('header')['x-refresh-transport']);
  const result = await logIn({ ctx: c.var.services(), input: c.req.valid('json') });
  if (result.kind === 'challenge')
    return c.json(
      { twoFactorRequired: true as const, challengeToken: result.challengeToken, expiresIn: result.expiresIn },
      200,
    );
  if (!cookie) return c.json({ ...result.tokens, user: result.user }, 200);
  const { refreshToken, ...tokens } = result.tokens;
  setRefreshCookie(c, refreshToken);
  return c.json({ ...tokens, user: result.user }, 200);
});
