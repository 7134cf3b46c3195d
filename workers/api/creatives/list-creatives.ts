import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listCreatives } from '../../services/creatives';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creativeList, creativesParams, creativeView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listCreatives',
  path: '/orgs/{orgId}/programs/{programId}/creatives',
  tags: ['creatives'],
  summary: "A program's creatives library",
  security: bearer,
  request: { params: creativesParams },
  responses: {
    200: {
      description: 'Banners and text links, newest first',
      content: { 'application/json': { schema: creativeList } },
    },
    ...errorResponses,
  },
});

export const listCreativesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listCreatives({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } });
  return c.json({ items: rows.map(creativeView) }, 200);
});
