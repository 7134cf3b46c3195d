import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listDomains } from '../../services/domains';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { domainErrorResponses, domainList, domainView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listDomains',
  path: '/orgs/{orgId}/domains',
  tags: ['domains'],
  summary: 'Custom domains, with the DNS records to add and their status',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'Custom domains, newest first', content: { 'application/json': { schema: domainList } } },
    ...domainErrorResponses,
  },
});

export const listDomainsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listDomains({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(domainView) }, 200);
});
