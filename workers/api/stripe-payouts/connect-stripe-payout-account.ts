import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { connectOrgStripeAccount } from '../../services/stripe-payouts';
import { declareErrorResponses } from '../openapi-errors';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { connectStripeBody, stripeAccountJson, stripeAccountView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'connectStripePayoutAccount',
  path: '/orgs/{orgId}/stripe-payouts',
  tags: ['payouts'],
  summary: 'Connect or replace the organization’s own Stripe account for Connect payouts',
  description:
    'Owners only. Stripe must accept the key first (GET /v1/account): refused → 400 stripe_credentials_rejected and nothing is stored; Stripe unreachable → 503 stripe_unavailable. Switching to another Stripe account while Stripe payouts it made are open → 409 stripe_payouts_in_flight. Both secrets are stored encrypted and never shown again. Audited (org_stripe.connected / .replaced).',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(connectStripeBody) },
  responses: {
    200: { description: 'Connected', content: { 'application/json': { schema: stripeAccountView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const connectStripePayoutAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const view = await connectOrgStripeAccount({
    ctx: c.var.services(),
    input: { secretKey: body.secretKey, webhookSecret: body.webhookSecret ? body.webhookSecret : null },
  });
  return c.json(stripeAccountJson(view), 200);
});
