import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getCreative } from '../../services/creatives';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creative, creativeParams, creativeView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getCreative',
  path: '/orgs/{orgId}/programs/{programId}/creatives/{creativeId}',
  tags: ['creatives'],
  summary: 'One creative',
  security: bearer,
  request: { params: creativeParams },
  responses: {
    200: { description: 'The creative', content: { 'application/json': { schema: creative } } },
    ...errorResponses,
  },
});

export const getCreativeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, creativeId } = c.req.valid('param');
  return c.json(creativeView(await getCreative({ ctx: c.var.services(), input: { programId, creativeId } })), 200);
});
