import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { verifyEmail } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { refreshTransportHeaders, tokenBody, verifyEmailResponse } from './auth-schema';
import { usesCookieTransport } from './cookie-transport';
import { setRefreshCookie } from './refresh-cookie';
import { refreshCookieHeader } from './set-cookie-header';

const route = createRoute({
  method: 'post',
  operationId: 'verifyEmail',
  security: publicAccess,
  path: '/auth/verify-email',
  tags: ['auth'],
  summary: 'Confirm the email address with the token from the verification link',
  description:
    'The token works once. With `X-Refresh-Transport: cookie` (the dashboard) it also signs in, as a password would, ' +
    'unless the account has 2FA or may not sign in: `session` then carries the access token and ae_refresh is set.',
  request: {
    headers: refreshTransportHeaders,
    body: { required: true, content: { 'application/json': { schema: tokenBody } } },
  },
  responses: {
    200: {
      description: 'Confirmed',
      headers: refreshCookieHeader('Cookie mode, signed in: ae_refresh=<token>; HttpOnly; Secure; SameSite=Strict'),
      content: { 'application/json': { schema: verifyEmailResponse } },
    },
    ...declareErrorResponses(400, 403, 413, 415),
  },
});

export const verifyEmailRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const cookie = usesCookieTransport(c, c.req.valid('header')['x-refresh-transport']);
  const { email, joined, affiliateContextId, session } = await verifyEmail({
    ctx: c.var.services(),
    input: { ...c.req.valid('json'), signIn: cookie },
  });
  const views = joined.map((j) => ({
    organizationName: j.organizationName,
    programIds: j.enrollments.map((e) => e.programId),
  }));
  let signedIn = {};
  if (session) {
    const { refreshToken, ...tokens } = session.tokens;
    setRefreshCookie(c, refreshToken);
    signedIn = { session: { ...tokens, user: session.user } };
  }
  return c.json(
    {
      email,
      emailVerified: true as const,
      affiliateContextId,
      ...(views.length ? { joined: views } : {}),
      ...signedIn,
    },
    200,
  );
});
