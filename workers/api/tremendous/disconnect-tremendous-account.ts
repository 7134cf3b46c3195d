import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { disconnectOrgTremendousAccount } from '../../services/tremendous-accounts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'delete',
  operationId: 'disconnectTremendousAccount',
  path: '/orgs/{orgId}/tremendous',
  tags: ['payouts'],
  summary: 'Disconnect the organization’s Tremendous account',
  description:
    'Owners only. Gift cards fall back to the deployment’s Tremendous account, if it has one, else the rail is off. Refused with 409 tremendous_payouts_in_flight while gift cards it ordered are still open; 404 when none is connected. Audited (org_tremendous.disconnected).',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams },
  responses: { 204: { description: 'Disconnected' }, ...errorResponses },
});

export const disconnectTremendousAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await disconnectOrgTremendousAccount({ ctx: c.var.services(), input: undefined });
  return c.body(null, 204);
});
