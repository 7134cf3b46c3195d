import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteDomain } from '../../services/domains';
import { requireMemberRole } from '../middleware/tenant';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { domainErrorResponses, domainParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteDomain',
  path: '/orgs/{orgId}/domains/{domainId}',
  tags: ['domains'],
  summary: 'Remove a custom domain from Cloudflare and from the organization',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: domainParams },
  responses: { 204: { description: 'Removed; its links no longer resolve' }, ...domainErrorResponses },
});

export const deleteDomainRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteDomain({ ctx: c.var.services(), input: { domainId: c.req.valid('param').domainId } });
  return c.body(null, 204);
});
