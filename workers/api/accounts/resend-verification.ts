import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { resendVerification } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { emailBody } from './auth-schema';
import { acceptedResponse } from './common-schema';

const route = createRoute({
  method: 'post',
  operationId: 'resendVerification',
  security: publicAccess,
  path: '/auth/verify-email/resend',
  tags: ['auth'],
  summary: 'Mail a new verification link (same answer whether or not the email has an account)',
  request: { body: { required: true, content: { 'application/json': { schema: emailBody } } } },
  responses: {
    202: { description: 'Accepted', content: { 'application/json': { schema: acceptedResponse } } },
    ...declareErrorResponses(400, 413, 415, 429),
  },
});

export const resendVerificationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await resendVerification({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(
    { status: 'accepted' as const, message: 'If the address has an unconfirmed account, a new link is on its way' },
    202,
  );
});
