import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listBalances } from '../../services/finance/balances';
import { actorId } from '../../services/tenant-scope';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { balanceList, myBalancesQuery } from './schemas';

const route = createRoute({
  method: 'get',
  path: '/affiliate/balances',
  tags: ['affiliate'],
  summary: 'Your balances with every advertiser, per currency',
  security: bearer,
  request: { query: myBalancesQuery },
  responses: {
    200: {
      description: 'One row per advertiser and currency',
      content: { 'application/json': { schema: balanceList } },
    },
    ...errorResponses,
  },
});

export const listMyBalances = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const { currency } = c.req.valid('query');
  return c.json(
    { items: await listBalances(ctx.db, { affiliateId: actorId(ctx), ...(currency ? { currency } : {}) }) },
    200,
  );
});
