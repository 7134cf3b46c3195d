import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { updatePlan } from '../../services/plans';
import { bearer, errorResponses, idParam, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { plan, planView, updatePlanBody } from './plan-schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updatePlan',
  path: '/platform/plans/{planId}',
  tags: ['platform', 'plans'],
  summary: 'Change a plan’s prices, limits or name, or archive it',
  description:
    'Platform owner only. Organizations on the plan stay on it: a lowered limit keeps their data and refuses only new growth (402 plan_limit_reached). `archived: true` stops offering it. Audited.',
  security: bearer,
  request: { params: z.object({ planId: idParam('planId') }), body: jsonBody(updatePlanBody) },
  responses: {
    200: { description: 'The plan', content: { 'application/json': { schema: plan } } },
    ...errorResponses,
  },
});

export const updatePlanRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await updatePlan({
    ctx: c.var.services(),
    input: { planId: c.req.valid('param').planId, changes: c.req.valid('json') },
  });
  return c.json(planView(row), 200);
});
