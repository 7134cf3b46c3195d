import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createOrganization } from '../../services/organizations';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createOrganizationBody, organization, organizationView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createOrganization',
  path: '/orgs',
  tags: ['organizations'],
  summary: 'Create an organization; you become its owner',
  security: bearer,
  request: { body: jsonBody(createOrganizationBody) },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: organization } } },
    ...errorResponses,
  },
});

export const createOrganizationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createOrganization({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(
    organizationView({ ...row.organization, planCode: row.planCode }, 'owner', c.var.config.BILLING_ENABLED),
    201,
  );
});
