import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { removeStripeDiscountKey } from '../../services/discounts';
import { appParams } from '../apps/schemas';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteStripeDiscountKey',
  path: '/orgs/{orgId}/apps/{appId}/stripe/discounts',
  tags: ['apps'],
  summary: 'Forget the app’s Stripe key: discounts stop syncing (codes already in Stripe stay as they are)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: appParams },
  responses: { 204: { description: 'Forgotten' }, ...errorResponses },
});

export const deleteStripeDiscountKeyRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await removeStripeDiscountKey({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.body(null, 204);
});
