import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listPostbackDeliveries } from '../../services/postbacks';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { deliveriesPage, deliveriesQuery, deliveryView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyDeliveries',
  path: '/affiliate/postbacks/deliveries',
  tags: ['affiliate', 'postbacks'],
  summary:
    'Your postback deliveries across advertisers, by when the click or conversion happened (newest first) or as sorted, with the program and every attempt',
  security: bearer,
  request: { query: deliveriesQuery },
  responses: {
    200: { description: 'A page of deliveries', content: { 'application/json': { schema: deliveriesPage } } },
    ...errorResponses,
  },
});

export const listMyDeliveriesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listPostbackDeliveries({ ctx: c.var.services(), input: { ...query, scope: 'affiliate' } });
  return c.json(toPage(rows, query.limit, deliveryView(true)), 200);
});
