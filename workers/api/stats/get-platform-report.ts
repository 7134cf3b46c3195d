import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { runReport } from '../../services/stats';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { advertiserReport, platformReportQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getPlatformReport',
  path: '/platform/stats/report',
  tags: ['platform'],
  summary: 'The report across advertisers, or for one',
  security: bearer,
  request: { query: platformReportQuery },
  responses: {
    200: { description: 'A page of report rows', content: { 'application/json': { schema: advertiserReport } } },
    ...errorResponses,
  },
});

export const getPlatformReportRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { organizationId, ...query } = c.req.valid('query');
  return c.json(await runReport({ ctx: c.var.services(), input: { query, organizationId } }), 200);
});
