import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listEnrolledCreatives } from '../../services/creatives';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creativeFiltersOf, creativeList, creativeListView, creativeSearch, creativesParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listEnrolledCreatives',
  path: '/affiliate/orgs/{orgId}/programs/{programId}/creatives',
  tags: ['affiliate'],
  summary: 'Creatives of a program you are enrolled in (empty until your enrollment is active)',
  security: bearer,
  middleware: [knownQuery(creativeSearch)] as const,
  request: { params: creativesParams, query: creativeSearch },
  responses: {
    200: { description: 'Banners and text links', content: { 'application/json': { schema: creativeList } } },
    ...errorResponses,
  },
});

export const listEnrolledCreativesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const library = await listEnrolledCreatives({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, filters: creativeFiltersOf(c.req.valid('query')) },
  });
  return c.json(creativeListView(library), 200);
});
