import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { startProviderSignIn } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { authorizeResponse, providerParams, startSignInBody } from './identity-schema';
import { oauthCookieHeader, setOAuthFlowCookie } from './oauth-flow-cookie';

const route = createRoute({
  method: 'post',
  operationId: 'startProviderSignIn',
  security: publicAccess,
  path: '/auth/oauth/{provider}/start',
  tags: ['auth'],
  summary: 'Begin signing in (or up) with Google or GitHub',
  description:
    'Answers the provider URL to send the browser to (authorization code flow with PKCE S256, state, and a nonce for ' +
    'Google) and sets the short-lived signed ae_oauth cookie that the callback checks. With `signUp` (from the sign-up ' +
    'page) a new account is made when nobody uses the provider account yet. 404 identity_provider_off when the provider is not configured.',
  request: {
    params: providerParams,
    body: { required: true, content: { 'application/json': { schema: startSignInBody } } },
  },
  responses: {
    200: {
      description: 'Where to send the browser',
      headers: oauthCookieHeader('ae_oauth=<signed flow>; Path=/api; HttpOnly; Secure; SameSite=Lax; Max-Age=600'),
      content: { 'application/json': { schema: authorizeResponse } },
    },
    ...declareErrorResponses(400, 404, 413, 415, 429, 503),
  },
});

export const startProviderSignInRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { provider } = c.req.valid('param');
  const body = c.req.valid('json');
  const { authorizeUrl, flowToken } = await startProviderSignIn({
    ctx: c.var.services(),
    input: { provider, intent: 'sign_in', next: body.next, signUp: body.signUp },
  });
  setOAuthFlowCookie(c, flowToken);
  return c.json({ authorizeUrl }, 200);
});
