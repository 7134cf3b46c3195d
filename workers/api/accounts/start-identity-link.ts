import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { startProviderSignIn } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { authorizeResponse, providerParams, startLinkBody } from './identity-schema';
import { oauthCookieHeader, setOAuthFlowCookie } from './oauth-flow-cookie';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'post',
  operationId: 'startIdentityLink',
  path: '/me/identities/{provider}/start',
  tags: ['me'],
  summary: 'Begin linking a Google or GitHub account to yours',
  description:
    'As POST /auth/oauth/{provider}/start, for the signed-in user; finish with POST /me/identities/{provider}/callback.',
  security: [{ bearer: [] }],
  request: {
    params: providerParams,
    body: { required: true, content: { 'application/json': { schema: startLinkBody } } },
  },
  responses: {
    200: {
      description: 'Where to send the browser',
      headers: oauthCookieHeader('ae_oauth=<signed flow>; Path=/api; HttpOnly; Secure; SameSite=Lax; Max-Age=600'),
      content: { 'application/json': { schema: authorizeResponse } },
    },
    ...declareErrorResponses(400, 401, 404, 413, 415, 429, 503),
  },
});

export const startIdentityLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { authorizeUrl, flowToken } = await startProviderSignIn({
    ctx: c.var.services(),
    input: {
      provider: c.req.valid('param').provider,
      intent: 'link',
      next: c.req.valid('json').next,
      userId: signedIn(c).userId,
    },
  });
  setOAuthFlowCookie(c, flowToken);
  return c.json({ authorizeUrl }, 200);
});
