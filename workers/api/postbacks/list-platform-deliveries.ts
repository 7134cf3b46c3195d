import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listPostbackDeliveries } from '../../services/postbacks';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { deliveriesPage, deliveryView, platformDeliveriesQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listPlatformDeliveries',
  path: '/platform/postbacks/deliveries',
  tags: ['platform', 'postbacks'],
  summary:
    "Postbacks of every tenant, by when each event happened (newest first) or as sorted, for platform staff (host only, not the affiliate's URL)",
  security: bearer,
  request: { query: platformDeliveriesQuery },
  responses: {
    200: { description: 'A page of deliveries', content: { 'application/json': { schema: deliveriesPage } } },
    ...errorResponses,
  },
});

export const listPlatformDeliveriesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listPostbackDeliveries({ ctx: c.var.services(), input: { ...query, scope: 'platform' } });
  return c.json(toPage(rows, query.limit, deliveryView(false)), 200);
});
