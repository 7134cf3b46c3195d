import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setStripeDiscountKey } from '../../services/discounts';
import { appParams } from '../apps/schemas';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { setStripeDiscountKeyBody, stripeDiscounts, stripeDiscountsView } from './stripe-discount-schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setStripeDiscountKey',
  path: '/orgs/{orgId}/apps/{appId}/stripe/discounts',
  tags: ['apps'],
  summary: 'Store the app’s restricted Stripe key: the platform then makes coupons and affiliates’ promotion codes',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: appParams, body: jsonBody(setStripeDiscountKeyBody) },
  responses: {
    200: { description: 'Stored (encrypted)', content: { 'application/json': { schema: stripeDiscounts } } },
    ...errorResponses,
  },
});

export const setStripeDiscountKeyRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const state = await setStripeDiscountKey({
    ctx: c.var.services(),
    input: { appId: c.req.valid('param').appId, restrictedKey: c.req.valid('json').restrictedKey },
  });
  return c.json(stripeDiscountsView(state), 200);
});
