import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOrganization as get } from '../../services/organizations/get-organization';
import { tenantRole } from '../shared/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { organization, organizationView } from './schemas';

const route = createRoute({
  method: 'get',
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

export const getOrganization = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await get({ ctx: c.var.services(), input: undefined });
  return c.json(organizationView({ ...row.organization, planCode: row.planCode }, tenantRole(c.var.tenant)), 200);
});
