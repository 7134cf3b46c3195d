import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { requestPasswordReset } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { emailBody } from './auth-schema';
import { acceptedResponse } from './common-schema';

const route = createRoute({
  method: 'post',
  operationId: 'requestPasswordReset',
  security: publicAccess,
  path: '/auth/password-reset',
  tags: ['auth'],
  summary: 'Mail a password reset link (same answer whether or not the email has an account)',
  description: 'At most three requests per email per hour, counted for every address.',
  request: { body: { required: true, content: { 'application/json': { schema: emailBody } } } },
  responses: {
    202: { description: 'Accepted', content: { 'application/json': { schema: acceptedResponse } } },
    ...declareErrorResponses(400, 413, 415, 429),
  },
});

export const requestPasswordResetRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await requestPasswordReset({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(
    { status: 'accepted' as const, message: 'If the address has an account, a reset link is on its way' },
    202,
  );
});
