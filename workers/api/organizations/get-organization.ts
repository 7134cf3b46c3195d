import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOrganization } from '../../services/organizations';
import { tenantRole } from '../shared/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { organization, organizationView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getOrganization',
  path: '/orgs/{orgId}',
  tags: ['organizations'],
  summary: 'One organization you work in',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'The organization', content: { 'application/json': { schema: organization } } },
    ...errorResponses,
  },
});

export const getOrganizationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await getOrganization({ ctx: c.var.services(), input: undefined });
  return c.json(
    organizationView(
      { ...row.organization, planCode: row.planCode },
      tenantRole(c.var.tenant),
      c.var.config.BILLING_ENABLED,
    ),
    200,
  );
});
