import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getStripeWebhook } from '../../services/conversion-sources';
import { appParams } from '../apps/schemas';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { stripeWebhookSettings, stripeWebhookSettingsView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getStripeWebhook',
  path: '/orgs/{orgId}/apps/{appId}/stripe',
  tags: ['apps'],
  summary:
    'Stripe webhooks of an app: whether a secret is set, the endpoint URL to give Stripe, and which event types have arrived',
  security: bearer,
  request: { params: appParams },
  responses: {
    200: { description: 'The settings', content: { 'application/json': { schema: stripeWebhookSettings } } },
    ...errorResponses,
  },
});

export const getStripeWebhookRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const settings = await getStripeWebhook({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.json(stripeWebhookSettingsView(settings), 200);
});
