import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOrganizationPlan } from '../../services/plans';
import { organizationPlan, organizationPlanView } from '../platform/plan-schemas';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'get',
  operationId: 'getPlan',
  path: '/orgs/{orgId}/plan',
  tags: ['organizations', 'plans'],
  summary: 'Your plan, billing period, usage of every limit and the plans on offer',
  description:
    'Clicks are the tracked clicks of the current calendar month (UTC): accepted ones and those marked over_plan. Affiliates are distinct affiliates with an active enrollment; programs are those not archived.',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'Plan and usage', content: { 'application/json': { schema: organizationPlan } } },
    ...errorResponses,
  },
});

export const getOrganizationPlanRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await getOrganizationPlan({ ctx: c.var.services(), input: undefined });
  return c.json(organizationPlanView(result), 200);
});
