import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { verifyPaypalEmail } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { paypalEmailVerifiedResponse, tokenBody } from './auth-schema';

const route = createRoute({
  method: 'post',
  operationId: 'verifyPaypalEmail',
  security: publicAccess,
  path: '/auth/paypal-email/verify',
  tags: ['auth'],
  summary: 'Confirm the PayPal payout address with the token from the link mailed to it',
  request: { body: { required: true, content: { 'application/json': { schema: tokenBody } } } },
  responses: {
    200: { description: 'Confirmed', content: { 'application/json': { schema: paypalEmailVerifiedResponse } } },
    ...declareErrorResponses(400, 409, 413, 415),
  },
});

export const verifyPaypalEmailRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { paypalEmail, paypalEmailVerifiedAt } = await verifyPaypalEmail({
    ctx: c.var.services(),
    input: c.req.valid('json'),
  });
  return c.json(
    { paypalEmail, paypalEmailVerified: true as const, paypalEmailVerifiedAt: paypalEmailVerifiedAt.toISOString() },
    200,
  );
});
