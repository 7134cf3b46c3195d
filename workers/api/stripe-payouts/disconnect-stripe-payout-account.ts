import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { disconnectOrgStripeAccount } from '../../services/stripe-payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'delete',
  operationId: 'disconnectStripePayoutAccount',
  path: '/orgs/{orgId}/stripe-payouts',
  tags: ['payouts'],
  summary: 'Disconnect the organization’s Stripe payout account',
  description:
    'Owners only. Stripe payouts fall back to the deployment’s account, if it has one, else the Stripe rail is off. Refused with 409 stripe_payouts_in_flight while Stripe payouts it made are open; 404 when none is connected. Audited (org_stripe.disconnected).',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams },
  responses: { 204: { description: 'Disconnected' }, ...errorResponses },
});

export const disconnectStripePayoutAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await disconnectOrgStripeAccount({ ctx: c.var.services(), input: undefined });
  return c.body(null, 204);
});
