import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyWorkflowProgress } from '../../services/workflows';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myWorkflowProgress, myWorkflowProgressView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyWorkflowProgress',
  path: '/affiliate/orgs/{orgId}/progress',
  tags: ['affiliate'],
  summary: 'Your group, rates and progress to the next tier in each of your active programs with one advertiser',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'One row per active program', content: { 'application/json': { schema: myWorkflowProgress } } },
    ...errorResponses,
  },
});

export const getMyWorkflowProgressRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await getMyWorkflowProgress({ ctx: c.var.services(), input: undefined });
  return c.json(myWorkflowProgressView(rows), 200);
});
