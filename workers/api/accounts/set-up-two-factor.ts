import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setUpTwoFactor } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { twoFactorSetupResponse } from './me-schema';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'post',
  operationId: 'setUpTwoFactor',
  path: '/me/2fa/setup',
  tags: ['me'],
  summary: 'Start turning on 2FA: a new TOTP secret for the authenticator app (not active yet)',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'The secret and its otpauth:// URI',
      content: { 'application/json': { schema: twoFactorSetupResponse } },
    },
    ...declareErrorResponses(401, 409),
  },
});

export const setUpTwoFactorRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await setUpTwoFactor({ ctx: c.var.services(), input: { userId: signedIn(c).userId } });
  return c.json(result, 200);
});
