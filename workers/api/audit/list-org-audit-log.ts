import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listAuditEntries } from '../../services/audit';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { auditPage, auditQuery, auditView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listOrgAuditLog',
  path: '/orgs/{orgId}/audit-log',
  tags: ['audit'],
  summary: "Your organization's audit trail, newest first",
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, query: auditQuery },
  responses: {
    200: { description: 'A page of audit entries', content: { 'application/json': { schema: auditPage } } },
    ...errorResponses,
  },
});

export const listOrgAuditLogRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listAuditEntries({ ctx: c.var.services(), input: { ...query, scope: 'tenant' } });
  return c.json(toPage(rows, query.limit, auditView), 200);
});
