import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listOrgBalances } from '../../services/finance';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { orgBalanceList, orgBalancesQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listOrgBalances',
  path: '/orgs/{orgId}/balances',
  tags: ['finance'],
  summary: 'What you owe each affiliate, per currency: on hold, approved, in payout, paid',
  security: bearer,
  request: { params: orgParams, query: orgBalancesQuery },
  responses: {
    200: {
      description: 'One row per affiliate and currency',
      content: { 'application/json': { schema: orgBalanceList } },
    },
    ...errorResponses,
  },
});

export const listOrgBalancesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { currency, affiliateId } = c.req.valid('query');
  return c.json({ items: await listOrgBalances({ ctx: c.var.services(), input: { currency, affiliateId } }) }, 200);
});
