import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { completeTwoFactorLogin } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { refreshTransportHeaders, twoFactorLogInBody, twoFactorLogInResponse } from './auth-schema';
import { usesCookieTransport } from './cookie-transport';
import { setRefreshCookie } from './refresh-cookie';
import { refreshCookieHeader } from './set-cookie-header';

const route = createRoute({
  method: 'post',
  operationId: 'logInTwoFactor',
  security: publicAccess,
  path: '/auth/login/2fa',
  tags: ['auth'],
  summary: 'Finish a 2FA sign-in with a TOTP code or a recovery code',
  description:
    'With `X-Refresh-Transport: cookie` the refresh token is only in the ae_refresh cookie (a BrowserSession).',
  request: {
    headers: refreshTransportHeaders,
    body: { required: true, content: { 'application/json': { schema: twoFactorLogInBody } } },
  },
  responses: {
    200: {
      description: 'Signed in',
      headers: refreshCookieHeader('Cookie mode: ae_refresh=<token>; HttpOnly; Secure; SameSite=Strict'),
      content: { 'application/json': { schema: twoFactorLogInResponse } },
    },
    ...declareErrorResponses(400, 401, 403, 413, 415, 429),
  },
});

export const logInTwoFactorRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const cookie = usesCookieTransport(c, c.req.valid('header')['x-refresh-transport']);
  const { tokens, user } = await completeTwoFactorLogin({ ctx: c.var.services(), input: c.req.valid('json') });
  if (!cookie) return c.json({ ...tokens, user }, 200);
  const { refreshToken, ...rest } = tokens;
  setRefreshCookie(c, refreshToken);
  return c.json({ ...rest, user }, 200);
});
