import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { reverifyDomain } from '../../services/domains';
import { requireMemberRole } from '../middleware/tenant';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { domain, domainErrorResponses, domainParams, domainView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'reverifyDomain',
  path: '/orgs/{orgId}/domains/{domainId}/reverify',
  tags: ['domains'],
  summary: 'Ask Cloudflare to check the DNS records again (a failed domain becomes pending)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: domainParams },
  responses: {
    200: {
      description: 'The domain as Cloudflare now reports it',
      content: { 'application/json': { schema: domain } },
    },
    ...domainErrorResponses,
  },
});

export const reverifyDomainRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await reverifyDomain({ ctx: c.var.services(), input: { domainId: c.req.valid('param').domainId } });
  return c.json(domainView(row), 200);
});
