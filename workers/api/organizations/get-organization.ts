import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOrganization } from '../../services/organizations';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { organization } from './schemas';
import { tenantOrganizationView } from './tenant-organization-view';

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
  return c.json(tenantOrganizationView(c.var, row), 200);
});
