import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyPayoutMethods } from '../../services/payouts';
import { refreshMyStripeAccount } from '../../services/stripe-payouts';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myPayoutMethodsJson, myPayoutMethodsView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'refreshMyStripeAccount',
  path: '/affiliate/orgs/{orgId}/payout-methods/stripe/refresh',
  tags: ['affiliate'],
  summary: 'Read your Stripe account’s onboarding state back from Stripe (on return from onboarding)',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'Your method, current', content: { 'application/json': { schema: myPayoutMethodsView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const refreshMyStripeAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  await refreshMyStripeAccount({ ctx, input: undefined });
  return c.json(myPayoutMethodsJson(await getMyPayoutMethods({ ctx, input: undefined })), 200);
});
