import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listCommissions } from '../../services/conversions';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { commissionPage, commissionView } from './commission-views';
import { commissionsQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listCommissions',
  path: '/orgs/{orgId}/commissions',
  tags: ['conversions'],
  summary:
    'Commission lines you owe affiliates, by when their conversion happened (newest first) unless sort says otherwise',
  security: bearer,
  request: { params: orgParams, query: commissionsQuery },
  responses: {
    200: { description: 'A page of commission lines', content: { 'application/json': { schema: commissionPage } } },
    ...errorResponses,
  },
});

export const listCommissionsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(
    toPage(await listCommissions({ ctx: c.var.services(), input: query }), query.limit, commissionView),
    200,
  );
});
