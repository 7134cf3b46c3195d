import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyBalances } from '../../services/finance';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myBalanceList, myBalancesQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyBalances',
  path: '/affiliate/balances',
  tags: ['affiliate'],
  summary: 'Your balances with every advertiser, per currency',
  security: bearer,
  request: { query: myBalancesQuery },
  responses: {
    200: {
      description: 'One row per advertiser and currency, with the minimum its next payout needs',
      content: { 'application/json': { schema: myBalanceList } },
    },
    ...errorResponses,
  },
});

export const listMyBalancesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { currency } = c.req.valid('query');
  return c.json({ items: await listMyBalances({ ctx: c.var.services(), input: { currency } }) }, 200);
});
