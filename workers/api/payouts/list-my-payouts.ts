import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyPayouts } from '../../services/payouts';
import { bearer, errorResponses, pageQuery, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myPayoutPage, myPayoutView } from './views';

const route = createRoute({
  method: 'get',
  operationId: 'listMyPayouts',
  path: '/affiliate/payouts',
  tags: ['affiliate'],
  summary: 'Your payouts from every advertiser, newest first',
  security: bearer,
  request: { query: pageQuery },
  responses: {
    200: { description: 'A page of your payout items', content: { 'application/json': { schema: myPayoutPage } } },
    ...errorResponses,
  },
});

export const listMyPayoutsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(toPage(await listMyPayouts({ ctx: c.var.services(), input: query }), query.limit, myPayoutView), 200);
});
