import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { refreshSession } from '../../services/accounts';
import { AppError, ValidationError } from '../../errors/app-error';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { refreshBody, refreshCookies, refreshResponse, refreshTransportHeaders } from './auth-schema';
import { usesCookieTransport } from './cookie-transport';
import { clearRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { refreshCookieHeader } from './set-cookie-header';

const route = createRoute({
  method: 'post',
  operationId: 'refreshSession',
  security: publicAccess,
  path: '/auth/refresh',
  tags: ['auth'],
  summary: 'Trade a refresh token for a new token pair',
  description:
    'Each refresh token works once. Presenting one that was already used ends the whole session (reuse detection) and answers 401. ' +
    'With `X-Refresh-Transport: cookie` the token comes from the ae_refresh cookie (401 refresh_cookie_missing without it), ' +
    'its successor goes back in that cookie and the body carries only the access token; requests from another origin get 403 csrf_rejected.',
  request: {
    headers: refreshTransportHeaders,
    cookies: refreshCookies,
    body: { required: false, content: { 'application/json': { schema: refreshBody } } },
  },
  responses: {
    200: {
      description:
        'The next access and refresh tokens (in cookie mode: the access token; the refresh token is in the cookie)',
      headers: refreshCookieHeader('Cookie mode: the successor, ae_refresh=<token>; HttpOnly; Secure; SameSite=Strict'),
      content: { 'application/json': { schema: refreshResponse } },
    },
    ...declareErrorResponses(400, 401, 403, 413, 415),
  },
});

export const refreshSessionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const ctx = c.var.services();
  if (!usesCookieTransport(c, c.req.valid('header')['x-refresh-transport'])) {
    if (!body.refreshToken)
      throw new ValidationError('The request is not valid', [{ path: 'refreshToken', message: 'Required' }]);
    return c.json(await refreshSession({ ctx, input: { refreshToken: body.refreshToken } }), 200);
  }
  // One place holds the token in cookie mode, so a request can never mix two sessions.
  if (body.refreshToken)
    throw new ValidationError('The request is not valid', [
      { path: 'refreshToken', message: 'Leave it out in cookie mode: the token comes from the cookie' },
    ]);
  const refreshToken = c.req.valid('cookie').ae_refresh;
  if (!refreshToken) throw new AppError('refresh_cookie_missing', 'No session cookie was sent; sign in again');
  try {
    const { refreshToken: successor, ...tokens } = await refreshSession({ ctx, input: { refreshToken } });
    setRefreshCookie(c, successor);
    return c.json(tokens, 200);
  } catch (err) {
    // A dead token stays dead: drop the cookie so the browser stops offering it.
    if (err instanceof AppError && err.code === 'unauthorized') clearRefreshCookie(c);
    throw err;
  }
});
