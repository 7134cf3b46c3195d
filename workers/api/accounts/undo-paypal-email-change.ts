import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { undoPaypalEmailChange } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { paypalEmailRestoredResponse, tokenBody } from './auth-schema';

const route = createRoute({
  method: 'post',
  operationId: 'undoPaypalEmailChange',
  security: publicAccess,
  path: '/auth/paypal-email/undo',
  tags: ['auth'],
  summary: 'Undo a PayPal payout address change with the one-click link from its notice',
  description:
    'Single use, valid 7 days. Puts back the last confirmed address (confirmed) or, when there was none, ' +
    'removes the new one; every other open undo link of the account is spent with it. The account is mailed.',
  request: { body: { required: true, content: { 'application/json': { schema: tokenBody } } } },
  responses: {
    200: { description: 'Undone', content: { 'application/json': { schema: paypalEmailRestoredResponse } } },
    ...declareErrorResponses(400, 413, 415),
  },
});

export const undoPaypalEmailChangeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { paypalEmail } = await undoPaypalEmailChange({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json({ paypalEmail }, 200);
});
