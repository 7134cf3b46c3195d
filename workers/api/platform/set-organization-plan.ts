import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { setOrganizationPlan } from '../../services/plans';
import { bearer, errorResponses, idParam, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { plan, planView, setOrganizationPlanBody } from './plan-schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setOrganizationPlan',
  path: '/platform/organizations/{orgId}/plan',
  tags: ['platform', 'plans'],
  summary: 'Put an organization on a plan and billing period',
  description:
    'Platform owners and admins (support reads only), e.g. when billing is off. An archived plan is refused (409) unless the organization is on it already. Usage over the new limits is kept. Audited.',
  security: bearer,
  request: { params: z.object({ orgId: idParam('orgId') }), body: jsonBody(setOrganizationPlanBody) },
  responses: {
    200: {
      description: 'The organization’s plan and period',
      content: {
        'application/json': {
          schema: z.object({ plan, billingPeriod: z.enum(['monthly', 'yearly']) }).openapi('OrganizationPlanChange'),
        },
      },
    },
    ...errorResponses,
  },
});

export const setOrganizationPlanRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { plan: row, organization } = await setOrganizationPlan({
    ctx: c.var.services(),
    input: { organizationId: c.req.valid('param').orgId, ...c.req.valid('json') },
  });
  return c.json({ plan: planView(row), billingPeriod: organization.billingPeriod }, 200);
});
