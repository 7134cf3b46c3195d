import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listConversions } from '../../services/conversions';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { conversionPage, conversionView } from './conversion-views';
import { conversionsQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listConversions',
  path: '/orgs/{orgId}/conversions',
  tags: ['conversions'],
  summary:
    'Your conversions, by when they happened (newest first) unless sort says otherwise; status=flagged is the review queue',
  security: bearer,
  request: { params: orgParams, query: conversionsQuery },
  responses: {
    200: { description: 'A page of conversions', content: { 'application/json': { schema: conversionPage } } },
    ...errorResponses,
  },
});

export const listConversionsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(
    toPage(await listConversions({ ctx: c.var.services(), input: query }), query.limit, conversionView),
    200,
  );
});
