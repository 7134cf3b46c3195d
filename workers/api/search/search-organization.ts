import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { searchOrganization } from '../../services/search';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { searchQuery, searchResult, searchResultView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'searchOrganization',
  path: '/orgs/{orgId}/search',
  tags: ['search'],
  summary:
    "The organization's apps, programs, affiliates, links, conversions and clicks matching the text, for the command palette",
  security: bearer,
  request: { params: orgParams, query: searchQuery },
  responses: {
    200: {
      description: 'Up to about 20 hits, grouped by kind',
      content: { 'application/json': { schema: searchResult } },
    },
    ...errorResponses,
  },
});

export const searchOrganizationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { q } = c.req.valid('query');
  const hits = await searchOrganization({ ctx: c.var.services(), input: { q } });
  return c.json(searchResultView(hits), 200);
});
