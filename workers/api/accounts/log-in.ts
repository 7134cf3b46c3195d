import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { logIn } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { logInBody, logInResponse } from './auth-schema';

const route = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Sign in with email and password',
  description:
    'Answers a session, or `{ twoFactorRequired: true, challengeToken }` when the account has 2FA: then POST /auth/login/2fa. ' +
    'Five wrong passwords for one email within 15 minutes lock it until the oldest ages out (429 with Retry-After).',
  request: { body: { required: true, content: { 'application/json': { schema: logInBody } } } },
  responses: {
    200: { description: 'A session, or a 2FA challenge', content: { 'application/json': { schema: logInResponse } } },
    ...declareErrorResponses(400, 401, 403, 413, 415, 429),
  },
});

export const logInRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await logIn({ ctx: c.var.services(), input: c.req.valid('json') });
  if (result.kind === 'challenge')
    return c.json(
      { twoFactorRequired: true as const, challengeToken: result.challengeToken, expiresIn: result.expiresIn },
      200,
    );
  return c.json({ ...result.tokens, user: result.user }, 200);
});
