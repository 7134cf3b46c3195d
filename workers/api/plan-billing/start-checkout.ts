import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { startCheckout } from '../../services/plan-billing';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { checkoutBody, checkoutResult, checkoutResultView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'startCheckout',
  path: '/orgs/{orgId}/billing/checkout',
  tags: ['billing'],
  summary: 'Buy or change the plan',
  description:
    'Without a running subscription: a Stripe Checkout Session in subscription mode (mode checkout; send the browser to url). ' +
    'With one: its price is changed in place, prorated by Stripe (mode updated; url is the billing page). ' +
    '409 already_on_plan for the plan and period already paid for; 502 billing_provider_error when Stripe fails. Owner only.',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(checkoutBody) },
  responses: {
    200: { description: 'Where to go next', content: { 'application/json': { schema: checkoutResult } } },
    ...errorResponses,
  },
});

export const startCheckoutRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(checkoutResultView(await startCheckout({ ctx: c.var.services(), input: c.req.valid('json') })), 200),
);
