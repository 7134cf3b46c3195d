import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { finishIdentityLink } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { callbackBody, linkResponse, providerParams } from './identity-schema';
import { oauthCookieHeader, takeOAuthFlowCookie } from './oauth-flow-cookie';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'post',
  operationId: 'finishIdentityLink',
  path: '/me/identities/{provider}/callback',
  tags: ['me'],
  summary: 'Finish linking a Google or GitHub account: the code and state the provider sent back',
  description:
    'The ae_oauth cookie must come from POST /me/identities/{provider}/start by the same user (400 oauth_state_invalid). ' +
    '409 identity_taken when the provider account belongs to another user. Audited (user.identity_linked).',
  security: [{ bearer: [] }],
  request: {
    params: providerParams,
    body: { required: true, content: { 'application/json': { schema: callbackBody } } },
  },
  responses: {
    200: {
      description: 'Linked',
      headers: oauthCookieHeader('Clears ae_oauth'),
      content: { 'application/json': { schema: linkResponse } },
    },
    ...declareErrorResponses(400, 401, 404, 409, 413, 415, 429, 503),
  },
});

export const finishIdentityLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const flowToken = takeOAuthFlowCookie(c);
  const linked = await finishIdentityLink({
    ctx: c.var.services(),
    input: { provider: c.req.valid('param').provider, ...c.req.valid('json'), flowToken, userId: signedIn(c).userId },
  });
  return c.json(linked, 200);
});
