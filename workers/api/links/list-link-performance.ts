import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listLinkPerformance, resolveLinkPeriod } from '../../services/links';
import { bearer, errorResponses, iso, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { linkPerformanceList, linkPerformanceQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listLinkPerformance',
  path: '/affiliate/orgs/{orgId}/links/performance',
  tags: ['affiliate'],
  summary: 'Clicks, leads, sales and your earnings per link over a period, most clicked first',
  security: bearer,
  request: { params: orgParams, query: linkPerformanceQuery },
  responses: {
    200: { description: 'Figures per link', content: { 'application/json': { schema: linkPerformanceList } } },
    ...errorResponses,
  },
});

export const listLinkPerformanceRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const query = c.req.valid('query');
  const period = resolveLinkPeriod(query, ctx.now);
  const items = await listLinkPerformance({
    ctx,
    input: { linkIds: query.linkIds?.toLowerCase().split(','), from: period.from, to: period.to },
  });
  return c.json({ from: iso(period.from), to: iso(period.to), items }, 200);
});
