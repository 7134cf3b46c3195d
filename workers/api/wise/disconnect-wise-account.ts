import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { disconnectOrgWiseAccount } from '../../services/wise-accounts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'delete',
  operationId: 'disconnectWiseAccount',
  path: '/orgs/{orgId}/wise',
  tags: ['payouts'],
  summary: 'Disconnect the organization’s Wise account',
  description:
    'Owners only. Bank transfers fall back to the deployment’s Wise profile, if it has one, else the rail is off. Refused with 409 wise_payouts_in_flight while Wise transfers it made are on their way; 404 when none is connected. Audited (org_wise.disconnected).',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams },
  responses: { 204: { description: 'Disconnected' }, ...errorResponses },
});

export const disconnectWiseAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await disconnectOrgWiseAccount({ ctx: c.var.services(), input: undefined });
  return c.body(null, 204);
});
