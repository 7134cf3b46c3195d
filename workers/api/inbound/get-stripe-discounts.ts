import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getStripeDiscounts } from '../../services/discounts';
import { appParams } from '../apps/schemas';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { stripeDiscounts, stripeDiscountsView } from './stripe-discount-schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getStripeDiscounts',
  path: '/orgs/{orgId}/apps/{appId}/stripe/discounts',
  tags: ['apps'],
  summary: 'Whether the app’s Stripe key for referred customers’ discounts is set, and how the promotion codes stand',
  security: bearer,
  request: { params: appParams },
  responses: {
    200: { description: 'The sync state', content: { 'application/json': { schema: stripeDiscounts } } },
    ...errorResponses,
  },
});

export const getStripeDiscountsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const state = await getStripeDiscounts({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.json(stripeDiscountsView(state), 200);
});
