import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOrgStripeAccount } from '../../services/stripe-payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { stripeAccountJson, stripeAccountView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getStripePayoutAccount',
  path: '/orgs/{orgId}/stripe-payouts',
  tags: ['payouts'],
  summary: 'The organization’s Stripe payout connection (never the secrets) and its Connect webhook URL',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The connection', content: { 'application/json': { schema: stripeAccountView } } },
    ...errorResponses,
  },
});

export const getStripePayoutAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(stripeAccountJson(await getOrgStripeAccount({ ctx: c.var.services(), input: undefined })), 200),
);
