import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { completeTwoFactorLogin } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { sessionResponse, twoFactorLogInBody } from './auth-schema';

const route = createRoute({
  method: 'post',
  path: '/auth/login/2fa',
  tags: ['auth'],
  summary: 'Finish a 2FA sign-in with a TOTP code or a recovery code',
  request: { body: { required: true, content: { 'application/json': { schema: twoFactorLogInBody } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: sessionResponse } } },
    ...declareErrorResponses(400, 401, 403, 413, 415, 429),
  },
});

export const logInTwoFactorRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { tokens, user } = await completeTwoFactorLogin({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json({ ...tokens, user }, 200);
});
