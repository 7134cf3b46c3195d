import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateOrganization } from '../../services/organizations';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, planLimitResponse, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { organization, updateOrganizationBody } from './schemas';
import { tenantOrganizationView } from './tenant-organization-view';

const route = createRoute({
  method: 'patch',
  operationId: 'updateOrganization',
  path: '/orgs/{orgId}',
  tags: ['organizations'],
  summary: 'Rename the organization, change its branding or its four-eyes rule for payouts',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(updateOrganizationBody) },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: organization } } },
    ...errorResponses,
    ...planLimitResponse,
  },
});

export const updateOrganizationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await updateOrganization({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(tenantOrganizationView(c.var, row), 200);
});
