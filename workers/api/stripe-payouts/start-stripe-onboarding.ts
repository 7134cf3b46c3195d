import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { startStripeOnboarding } from '../../services/stripe-payouts';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { onboardingLinkView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'startStripeOnboarding',
  path: '/affiliate/orgs/{orgId}/payout-methods/stripe/onboarding',
  tags: ['affiliate'],
  summary: 'A link into Stripe’s hosted onboarding of your Express account (start or continue setup)',
  description:
    'Stripe sends you back to the payout methods page of this advertiser. 409 payout_method_not_stripe unless Stripe is your method here.',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'The link', content: { 'application/json': { schema: onboardingLinkView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const startStripeOnboardingRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const link = await startStripeOnboarding({ ctx: c.var.services(), input: undefined });
  return c.json({ url: link.url, expiresAt: link.expiresAt.toISOString() }, 200);
});
