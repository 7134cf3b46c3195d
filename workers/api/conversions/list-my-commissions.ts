import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyCommissions } from '../../services/conversions';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myCommissionPage, myCommissionView } from './my-views';
import { myCommissionsQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyCommissions',
  path: '/affiliate/orgs/{orgId}/commissions',
  tags: ['affiliate'],
  summary:
    'What you earn from this advertiser, by when each conversion happened (newest first) unless sort says otherwise: your conversions (level 0) and your referrals’ (levels 1–3), each with its calculation',
  security: bearer,
  request: { params: orgParams, query: myCommissionsQuery },
  responses: {
    200: {
      description: 'A page of your commission lines',
      content: { 'application/json': { schema: myCommissionPage } },
    },
    ...errorResponses,
  },
});

export const listMyCommissionsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(
    toPage(await listMyCommissions({ ctx: c.var.services(), input: query }), query.limit, myCommissionView),
    200,
  );
});
