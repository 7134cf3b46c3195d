import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { finishProviderSignIn } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { refreshTransportHeaders } from './auth-schema';
import { usesCookieTransport } from './cookie-transport';
import { callbackBody, providerParams, providerSignInResponse } from './identity-schema';
import { takeOAuthFlowCookie } from './oauth-flow-cookie';
import { setRefreshCookie } from './refresh-cookie';
import { refreshCookieHeader } from './set-cookie-header';

const route = createRoute({
  method: 'post',
  operationId: 'finishProviderSignIn',
  security: publicAccess,
  path: '/auth/oauth/{provider}/callback',
  tags: ['auth'],
  summary: 'Finish signing in with Google or GitHub: the code and state the provider sent back',
  description:
    'Needs the ae_oauth cookie from the start (400 oauth_state_invalid without it, after ten minutes, or with another state). ' +
    'The code is traded with the PKCE verifier; Google’s ID token is verified (signature against its JWKS, issuer, audience, ' +
    'expiry, nonce): 401 oauth_rejected otherwise. A known provider account signs in; otherwise an account whose email the ' +
    'provider verified is linked (409 identity_email_unverified when it did not); with no account, only a start from the sign-up ' +
    'page creates one (404 identity_account_unknown). Answers as POST /auth/login does: a session, or the 2FA challenge.',
  request: {
    params: providerParams,
    headers: refreshTransportHeaders,
    body: { required: true, content: { 'application/json': { schema: callbackBody } } },
  },
  responses: {
    200: {
      description: 'A session, a 2FA challenge, or (a new account with an unverified email) a verification link sent',
      headers: refreshCookieHeader('Clears ae_oauth; cookie mode, signed in: ae_refresh=<token>'),
      content: { 'application/json': { schema: providerSignInResponse } },
    },
    ...declareErrorResponses(400, 401, 403, 404, 409, 413, 415, 429, 503),
  },
});

export const finishProviderSignInRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const cookie = usesCookieTransport(c, c.req.valid('header')['x-refresh-transport']);
  const flowToken = takeOAuthFlowCookie(c);
  const result = await finishProviderSignIn({
    ctx: c.var.services(),
    input: { provider: c.req.valid('param').provider, ...c.req.valid('json'), flowToken },
  });
  if (result.kind === 'verification_sent')
    return c.json({ verificationSent: true as const, email: result.email, next: result.next }, 200);
  if (result.kind === 'challenge')
    return c.json(
      {
        twoFactorRequired: true as const,
        challengeToken: result.challengeToken,
        expiresIn: result.expiresIn,
        next: result.next,
      },
      200,
    );
  if (!cookie) return c.json({ ...result.tokens, user: result.user, next: result.next }, 200);
  const { refreshToken, ...tokens } = result.tokens;
  setRefreshCookie(c, refreshToken);
  return c.json({ ...tokens, user: result.user, next: result.next }, 200);
});
