import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setStripeWebhookSecret } from '../../services/conversion-sources';
import { appParams } from '../apps/schemas';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { setStripeWebhookBody, stripeWebhookSettings, stripeWebhookSettingsView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setStripeWebhook',
  path: '/orgs/{orgId}/apps/{appId}/stripe',
  tags: ['apps'],
  summary: 'Turn Stripe webhooks on for an app, or replace the endpoint secret',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: appParams, body: jsonBody(setStripeWebhookBody) },
  responses: {
    200: { description: 'Stored (encrypted)', content: { 'application/json': { schema: stripeWebhookSettings } } },
    ...errorResponses,
  },
});

export const setStripeWebhookRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { webhookSecret } = c.req.valid('json');
  const settings = await setStripeWebhookSecret({
    ctx: c.var.services(),
    input: { appId: c.req.valid('param').appId, webhookSecret },
  });
  return c.json(stripeWebhookSettingsView(settings), 200);
});
