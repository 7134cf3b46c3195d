import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { disableTwoFactor } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { disableTwoFactorBody } from './me-schema';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'post',
  operationId: 'disableTwoFactor',
  path: '/me/2fa/disable',
  tags: ['me'],
  summary: 'Turn off 2FA (needs the password and a current code)',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: disableTwoFactorBody } } } },
  responses: {
    204: { description: 'Off; the recovery codes are gone' },
    ...declareErrorResponses(400, 401, 409, 413, 415, 429),
  },
});

export const disableTwoFactorRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await disableTwoFactor({ ctx: c.var.services(), input: { userId: signedIn(c).userId, ...c.req.valid('json') } });
  return c.body(null, 204);
});
