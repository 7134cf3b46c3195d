import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getLinkAnalytics, resolveLinkPeriod } from '../../services/links';
import { bearer, errorResponses, iso } from '../shared/schemas';
import type { AppEnv } from '../types';
import { linkAnalytics, linkParams, linkPeriodQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getLinkAnalytics',
  path: '/affiliate/orgs/{orgId}/links/{linkId}/analytics',
  tags: ['affiliate'],
  summary: "One link's clicks per day, referrers, countries, devices, browsers and conversions over a period",
  security: bearer,
  request: { params: linkParams, query: linkPeriodQuery },
  responses: {
    200: { description: "The link's analytics", content: { 'application/json': { schema: linkAnalytics } } },
    ...errorResponses,
  },
});

export const getLinkAnalyticsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const period = resolveLinkPeriod(c.req.valid('query'), ctx.now);
  const { linkId } = c.req.valid('param');
  const result = await getLinkAnalytics({ ctx, input: { linkId, ...period } });
  return c.json(
    {
      ...result,
      from: iso(period.from),
      to: iso(period.to),
      timeZone: period.timeZone,
      conversions: result.conversions.map((v) => ({ ...v, occurredAt: iso(v.occurredAt) })),
    },
    200,
  );
});
