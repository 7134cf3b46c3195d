import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyOrganizations } from '../../services/organizations';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { organizationList, organizationView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listOrganizations',
  path: '/orgs',
  tags: ['organizations'],
  summary: 'Organizations you are a member of',
  security: bearer,
  responses: {
    200: { description: 'Your organizations', content: { 'application/json': { schema: organizationList } } },
    ...errorResponses,
  },
});

export const listOrganizationsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listMyOrganizations({ ctx: c.var.services(), input: undefined });
  return c.json(
    {
      items: rows.map((r) =>
        organizationView({ ...r.organization, planCode: r.planCode }, r.role, c.var.config.BILLING_ENABLED),
      ),
    },
    200,
  );
});
