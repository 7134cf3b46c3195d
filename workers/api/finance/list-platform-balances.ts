import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listBalances } from '../../services/finance';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { balanceList, platformBalancesQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listPlatformBalances',
  path: '/platform/finance/balances',
  tags: ['platform'],
  summary: 'Balances across advertisers, per affiliate and currency',
  security: bearer,
  request: { query: platformBalancesQuery },
  responses: {
    200: {
      description: 'One row per advertiser, affiliate and currency',
      content: { 'application/json': { schema: balanceList } },
    },
    ...errorResponses,
  },
});

export const listPlatformBalancesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { organizationId, affiliateId, currency } = c.req.valid('query');
  const filter = {
    ...(organizationId ? { organizationId } : {}),
    ...(affiliateId ? { affiliateId } : {}),
    ...(currency ? { currency } : {}),
  };
  return c.json({ items: await listBalances({ ctx: c.var.services(), input: filter }) }, 200);
});
