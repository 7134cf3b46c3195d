import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getCreative as get } from '../../services/creatives/get-creative';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creative, creativeParams, creativeView } from './schemas';

const route = createRoute({
  method: 'get',
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

export const getCreative = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, creativeId } = c.req.valid('param');
  return c.json(creativeView(await get({ ctx: c.var.services(), input: { programId, creativeId } })), 200);
});
