import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listCreatives } from '../../services/creatives';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creativeFiltersOf, creativeList, creativeListView, creativeSearch, creativesParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listCreatives',
  path: '/orgs/{orgId}/programs/{programId}/creatives',
  tags: ['creatives'],
  summary: "A program's creatives library, searched, each with its clicks and conversions (30 days)",
  security: bearer,
  middleware: [knownQuery(creativeSearch)] as const,
  request: { params: creativesParams, query: creativeSearch },
  responses: {
    200: {
      description: 'Banners and text links, newest first',
      content: { 'application/json': { schema: creativeList } },
    },
    ...errorResponses,
  },
});

export const listCreativesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const library = await listCreatives({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, filters: creativeFiltersOf(c.req.valid('query')) },
  });
  return c.json(creativeListView(library), 200);
});
