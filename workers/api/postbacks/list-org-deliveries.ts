import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listPostbackDeliveries } from '../../services/postbacks';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { deliveriesPage, deliveryView, orgDeliveriesQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listOrgDeliveries',
  path: '/orgs/{orgId}/postbacks/deliveries',
  tags: ['postbacks'],
  summary:
    "Postbacks fired to your affiliates for your events, by when each event happened (newest first) or as sorted, with the program (host only, not the affiliate's URL)",
  security: bearer,
  request: { params: orgParams, query: orgDeliveriesQuery },
  responses: {
    200: { description: 'A page of deliveries', content: { 'application/json': { schema: deliveriesPage } } },
    ...errorResponses,
  },
});

export const listOrgDeliveriesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listPostbackDeliveries({ ctx: c.var.services(), input: { ...query, scope: 'advertiser' } });
  return c.json(toPage(rows, query.limit, deliveryView(false)), 200);
});
