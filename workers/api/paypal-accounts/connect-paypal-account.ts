import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { connectOrgPaypalAccount } from '../../services/paypal-accounts';
import { declareErrorResponses } from '../openapi-errors';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { connectPaypalBody, paypalAccountJson, paypalAccountView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'connectPaypalAccount',
  path: '/orgs/{orgId}/paypal',
  tags: ['payouts'],
  summary: 'Connect or replace the organization’s own PayPal REST app',
  description:
    'Owners only. The credentials are checked with PayPal’s token endpoint of the chosen mode first: refused → 400 paypal_credentials_rejected and nothing is stored; PayPal unreachable → 503 paypal_unavailable. Switching to another app while payouts it sent are open → 409 paypal_payouts_in_flight. The secret is stored encrypted and never shown again. Audited (org_paypal.connected / .replaced).',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(connectPaypalBody) },
  responses: {
    200: { description: 'Connected', content: { 'application/json': { schema: paypalAccountView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const connectPaypalAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const view = await connectOrgPaypalAccount({
    ctx: c.var.services(),
    input: { ...body, webhookId: body.webhookId ? body.webhookId : null },
  });
  return c.json(paypalAccountJson(view), 200);
});
