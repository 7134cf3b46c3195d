import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { addDomain } from '../../services/domains';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { addDomainBody, domain, domainErrorResponses, domainView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'addDomain',
  path: '/orgs/{orgId}/domains',
  tags: ['domains'],
  summary: 'Add a custom domain (provisioned through Cloudflare for SaaS)',
  description:
    'Answers the DNS records to add. hostname_is_apex: a root domain (acme.com, shop.co.uk: the Public Suffix List decides), where no CNAME can be added; use a subdomain such as go.acme.com. hostname_not_allowed: not a public hostname you may own; domain_taken: already added; plan_limit_reached (402): the plan has no domain left.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(addDomainBody) },
  responses: {
    201: { description: 'Added; pending until verified', content: { 'application/json': { schema: domain } } },
    ...domainErrorResponses,
  },
});

export const addDomainRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await addDomain({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(domainView(row), 201);
});
