import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listSupportAccess } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { grantView, supportAccessList } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listSupportAccess',
  path: '/orgs/{orgId}/support-access',
  tags: ['messages'],
  summary: 'Your grants of support access to your messages, newest first (the latest 20)',
  description: 'Owner or admin (and platform staff, who see whether they may read).',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The grants', content: { 'application/json': { schema: supportAccessList } } },
    ...errorResponses,
  },
});

export const listSupportAccessRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listSupportAccess({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(grantView) }, 200);
});
