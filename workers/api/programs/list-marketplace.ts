import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMarketplace } from '../../services/programs';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { marketplacePage, marketplaceQuery, marketplaceView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMarketplace',
  path: '/affiliate/programs',
  tags: ['affiliate'],
  summary: 'Programs you can join, across advertisers',
  security: bearer,
  request: { query: marketplaceQuery },
  responses: {
    200: {
      description: 'A page of programs, newest first',
      content: { 'application/json': { schema: marketplacePage } },
    },
    ...errorResponses,
  },
});

export const listMarketplaceRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listMarketplace({ ctx: c.var.services(), input: query });
  return c.json(toPage(rows, query.limit, marketplaceView), 200);
});
