import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOrgPaypalAccount } from '../../services/paypal-accounts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { paypalAccountJson, paypalAccountView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getPaypalAccount',
  path: '/orgs/{orgId}/paypal',
  tags: ['payouts'],
  summary: 'The organization’s PayPal connection (never the secret) and its webhook URL',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The connection', content: { 'application/json': { schema: paypalAccountView } } },
    ...errorResponses,
  },
});

export const getPaypalAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(paypalAccountJson(await getOrgPaypalAccount({ ctx: c.var.services(), input: undefined })), 200),
);
