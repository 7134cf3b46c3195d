import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setPaypalEmail } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { paypalEmailBody, profileResponse } from './me-schema';
import { serialize } from './serialize';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'put',
  operationId: 'setPaypalEmail',
  path: '/me/paypal-email',
  tags: ['me'],
  summary: 'Set the PayPal payout address and mail it a verification link (again: a resend)',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: paypalEmailBody } } } },
  responses: {
    200: {
      description: 'The profile, paypalEmailVerified false until the link is opened',
      content: { 'application/json': { schema: profileResponse } },
    },
    ...declareErrorResponses(400, 401, 413, 415, 429),
  },
});

export const setPaypalEmailRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const profile = await setPaypalEmail({
    ctx: c.var.services(),
    input: { userId: signedIn(c).userId, email: c.req.valid('json').email },
  });
  return c.json(serialize(profile), 200);
});
