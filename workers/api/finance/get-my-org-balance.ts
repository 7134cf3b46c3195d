import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyOrgBalance } from '../../services/finance';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { balanceList, myBalancesQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyOrgBalance',
  path: '/affiliate/orgs/{orgId}/balance',
  tags: ['affiliate'],
  summary: 'Your balance with one advertiser, per currency',
  security: bearer,
  request: { params: orgParams, query: myBalancesQuery },
  responses: {
    200: { description: 'One row per currency', content: { 'application/json': { schema: balanceList } } },
    ...errorResponses,
  },
});

export const getMyOrgBalanceRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { currency } = c.req.valid('query');
  return c.json({ items: await getMyOrgBalance({ ctx: c.var.services(), input: { currency } }) }, 200);
});
