import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listPlatformOrganizations } from '../../services/organizations';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { platformOrganizationsPage, platformOrganizationsQuery, platformOrganizationView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listPlatformOrganizations',
  path: '/platform/organizations',
  tags: ['platform', 'organizations'],
  summary: 'Every advertiser organization, newest first, with plan, status and member and program counts',
  security: bearer,
  request: { query: platformOrganizationsQuery },
  responses: {
    200: {
      description: 'A page of organizations',
      content: { 'application/json': { schema: platformOrganizationsPage } },
    },
    ...errorResponses,
  },
});

export const listPlatformOrganizationsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listPlatformOrganizations({ ctx: c.var.services(), input: query });
  const page = toPage(
    rows.map((row) => ({ ...row, id: row.organization.id })),
    query.limit,
    platformOrganizationView,
  );
  return c.json(page, 200);
});
