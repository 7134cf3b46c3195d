import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { runAffiliateReport } from '../../services/stats';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { affiliateReport, affiliateStatsReportQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getAffiliateReport',
  path: '/affiliate/orgs/{orgId}/stats/report',
  tags: ['affiliate'],
  summary: 'Your clicks, conversions and earnings with this advertiser, over time and by up to two dimensions',
  security: bearer,
  request: { params: orgParams, query: affiliateStatsReportQuery },
  responses: {
    200: { description: 'A page of report rows', content: { 'application/json': { schema: affiliateReport } } },
    ...errorResponses,
  },
});

export const getAffiliateReportRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await runAffiliateReport({ ctx: c.var.services(), input: { query: c.req.valid('query') } }), 200),
);
