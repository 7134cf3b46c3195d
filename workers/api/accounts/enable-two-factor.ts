import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { enableTwoFactor } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { codeBody, recoveryCodesResponse } from './me-schema';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'post',
  operationId: 'enableTwoFactor',
  path: '/me/2fa/enable',
  tags: ['me'],
  summary: 'Turn on 2FA with a code from the authenticator; answers ten recovery codes, once',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: codeBody } } } },
  responses: {
    200: { description: 'On', content: { 'application/json': { schema: recoveryCodesResponse } } },
    ...declareErrorResponses(400, 401, 409, 413, 415, 429),
  },
});

export const enableTwoFactorRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await enableTwoFactor({
    ctx: c.var.services(),
    input: { userId: signedIn(c).userId, code: c.req.valid('json').code },
  });
  return c.json(result, 200);
});
