import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listEnrolledCreatives } from '../../services/creatives';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creativeList, creativesParams, creativeView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listEnrolledCreatives',
  path: '/affiliate/orgs/{orgId}/programs/{programId}/creatives',
  tags: ['affiliate'],
  summary: 'Creatives of a program you are enrolled in (empty until your enrollment is active)',
  security: bearer,
  request: { params: creativesParams },
  responses: {
    200: { description: 'Banners and text links', content: { 'application/json': { schema: creativeList } } },
    ...errorResponses,
  },
});

export const listEnrolledCreativesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listEnrolledCreatives({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId },
  });
  return c.json({ items: rows.map(creativeView) }, 200);
});
