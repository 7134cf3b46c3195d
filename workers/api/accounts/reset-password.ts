import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { resetPassword } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { resetPasswordBody } from './auth-schema';

const route = createRoute({
  method: 'post',
  operationId: 'resetPassword',
  security: publicAccess,
  path: '/auth/password-reset/confirm',
  tags: ['auth'],
  summary: 'Set a new password with the token from the reset link; ends every session',
  request: { body: { required: true, content: { 'application/json': { schema: resetPasswordBody } } } },
  responses: {
    204: { description: 'Password changed; sign in again' },
    ...declareErrorResponses(400, 413, 415, 429),
  },
});

export const resetPasswordRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await resetPassword({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.body(null, 204);
});
