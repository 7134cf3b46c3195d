import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listAuditEntries } from '../../services/audit';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { auditPage, auditView, platformAuditQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listPlatformAuditLog',
  path: '/platform/audit-log',
  tags: ['audit', 'platform'],
  summary: 'The audit trail of every tenant, for platform staff',
  security: bearer,
  request: { query: platformAuditQuery },
  responses: {
    200: { description: 'A page of audit entries', content: { 'application/json': { schema: auditPage } } },
    ...errorResponses,
  },
});

export const listPlatformAuditLogRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listAuditEntries({ ctx: c.var.services(), input: { ...query, scope: 'platform' } });
  return c.json(toPage(rows, query.limit, auditView), 200);
});
