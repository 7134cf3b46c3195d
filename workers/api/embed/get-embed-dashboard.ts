import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getEmbedDashboard } from '../../services/embed';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { embedOf, embedSession } from './embed-session';
import { embedAppParams, embedDashboard, embedDashboardView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getEmbedDashboard',
  path: '/embed/{appId}/dashboard',
  tags: ['embed'],
  summary: 'The embedded referral dashboard of the token’s user in the token’s program',
  security: [{ embedToken: [] }],
  middleware: [embedSession] as const,
  request: { params: embedAppParams },
  responses: {
    200: { description: 'The dashboard', content: { 'application/json': { schema: embedDashboard } } },
    ...declareErrorResponses(400, 401, 403, 404, 429),
  },
});

export const getEmbedDashboardRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const dashboard = await getEmbedDashboard({ ctx: c.var.services(), input: embedOf(c) });
  return c.json(embedDashboardView(dashboard, embedOf(c).theme), 200);
});
