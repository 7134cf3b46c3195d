import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setTwoFactorRequirement } from '../../services/organizations';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { organization, twoFactorRequirementBody } from './schemas';
import { tenantOrganizationView } from './tenant-organization-view';

const route = createRoute({
  operationId: 'setTwoFactorRequirement',
  method: 'put',
  path: '/orgs/{orgId}/two-factor-requirement',
  tags: ['organizations'],
  summary: 'Require two-step verification of every member (owners only)',
  description:
    'On: members without 2FA get the grace period (TWO_FACTOR_GRACE_DAYS, 7 days) from their next signed-in request, then 403 two_factor_required on this organization’s routes until they turn it on. Turning it on needs 2FA on your own account (else 403 two_factor_required). Audited.',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(twoFactorRequirementBody) },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: organization } } },
    ...errorResponses,
  },
});

export const setTwoFactorRequirementRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await setTwoFactorRequirement({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(tenantOrganizationView(c.var, row), 200);
});
