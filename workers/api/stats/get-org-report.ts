import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { runReport } from '../../services/stats';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { advertiserReport, statsReportQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getOrgReport',
  path: '/orgs/{orgId}/stats/report',
  tags: ['stats'],
  summary: 'Clicks, conversions, revenue, payout, profit and ROI over time and by up to two dimensions',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin', 'finance')] as const,
  request: { params: orgParams, query: statsReportQuery },
  responses: {
    200: { description: 'A page of report rows', content: { 'application/json': { schema: advertiserReport } } },
    ...errorResponses,
  },
});

export const getOrgReportRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await runReport({ ctx: c.var.services(), input: { query: c.req.valid('query') } }), 200),
);
