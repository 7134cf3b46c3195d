import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { searchAffiliate } from '../../services/search';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { searchQuery, searchResult, searchResultView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'searchAffiliate',
  path: '/affiliate/search',
  tags: ['affiliate'],
  summary:
    'Your own programs, links, conversions and clicks matching the text, across the advertisers you applied to, for the command palette',
  security: bearer,
  request: { query: searchQuery },
  responses: {
    200: {
      description: 'Up to about 20 hits, grouped by kind',
      content: { 'application/json': { schema: searchResult } },
    },
    ...errorResponses,
  },
});

export const searchAffiliateRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { q } = c.req.valid('query');
  const hits = await searchAffiliate({ ctx: c.var.services(), input: { q } });
  return c.json(searchResultView(hits), 200);
});
