import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { searchPlatform } from '../../services/search';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { searchQuery, searchResult, searchResultView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'searchPlatform',
  path: '/platform/search',
  tags: ['platform'],
  summary: 'Organizations matching the text (name, slug or id), for platform staff’s command palette',
  security: bearer,
  request: { query: searchQuery },
  responses: {
    200: { description: 'Up to 8 organizations', content: { 'application/json': { schema: searchResult } } },
    ...errorResponses,
  },
});

export const searchPlatformRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { q } = c.req.valid('query');
  const hits = await searchPlatform({ ctx: c.var.services(), input: { q } });
  return c.json(searchResultView(hits), 200);
});
