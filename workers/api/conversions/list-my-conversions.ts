import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyConversions } from '../../services/conversions';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myConversionPage, myConversionView } from './my-views';
import { myConversionsQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyConversions',
  path: '/affiliate/orgs/{orgId}/conversions',
  tags: ['affiliate'],
  summary:
    'Conversions credited to you by this advertiser, by when they happened (newest first) unless sort says otherwise, with how they were attributed and what you earned',
  security: bearer,
  request: { params: orgParams, query: myConversionsQuery },
  responses: {
    200: { description: 'A page of your conversions', content: { 'application/json': { schema: myConversionPage } } },
    ...errorResponses,
  },
});

export const listMyConversionsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(
    toPage(await listMyConversions({ ctx: c.var.services(), input: query }), query.limit, myConversionView),
    200,
  );
});
