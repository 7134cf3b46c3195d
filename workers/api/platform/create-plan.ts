import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createPlan } from '../../services/plans';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createPlanBody, plan, planView } from './plan-schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createPlan',
  path: '/platform/plans',
  tags: ['platform', 'plans'],
  summary: 'Add a plan',
  description:
    'Platform owner only (admins and support: 403). The code is a unique slug (409 conflict when taken). Every numeric limit is null for unlimited. Audited.',
  security: bearer,
  request: { body: jsonBody(createPlanBody) },
  responses: {
    201: { description: 'The plan', content: { 'application/json': { schema: plan } } },
    ...errorResponses,
  },
});

export const createPlanRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createPlan({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(planView(row), 201);
});
