import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listRegistrationLinks } from '../../services/invites';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { registrationLinks, registrationLinkView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listRegistrationLinks',
  path: '/orgs/{orgId}/registration-links',
  tags: ['invites'],
  summary: 'List the organization’s invite links (newest first, up to 500) with uses and state',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The links', content: { 'application/json': { schema: registrationLinks } } },
    ...errorResponses,
  },
});

export const listRegistrationLinksRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listRegistrationLinks({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(registrationLinkView) }, 200);
});
