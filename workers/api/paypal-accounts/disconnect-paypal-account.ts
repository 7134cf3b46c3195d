import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { disconnectOrgPaypalAccount } from '../../services/paypal-accounts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'delete',
  operationId: 'disconnectPaypalAccount',
  path: '/orgs/{orgId}/paypal',
  tags: ['payouts'],
  summary: 'Disconnect the organization’s PayPal app',
  description:
    'Owners only. Payouts fall back to the deployment’s PayPal account, if it has one, else they are off. Refused with 409 paypal_payouts_in_flight while payouts it sent are open; 404 when none is connected. Audited (org_paypal.disconnected).',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams },
  responses: { 204: { description: 'Disconnected' }, ...errorResponses },
});

export const disconnectPaypalAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await disconnectOrgPaypalAccount({ ctx: c.var.services(), input: undefined });
  return c.body(null, 204);
});
