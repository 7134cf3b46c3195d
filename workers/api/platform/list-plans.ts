import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listPlans } from '../../services/plans';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { platformPlanList, platformPlanView } from './plan-schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listPlans',
  path: '/platform/plans',
  tags: ['platform', 'plans'],
  summary: 'Every plan, archived ones last, with its subscriber count',
  description: 'Platform staff read; only the platform owner changes plans.',
  security: bearer,
  responses: {
    200: { description: 'The plans', content: { 'application/json': { schema: platformPlanList } } },
    ...errorResponses,
  },
});

export const listPlansRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listPlans({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(platformPlanView) }, 200);
});
