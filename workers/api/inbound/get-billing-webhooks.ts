import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getSourceWebhooks } from '../../services/conversion-sources';
import { appParams } from '../apps/schemas';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { sourceWebhookSettingsList, sourceWebhookSettingsView } from './source-webhook-schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getBillingWebhooks',
  path: '/orgs/{orgId}/apps/{appId}/billing-webhooks',
  tags: ['apps'],
  summary:
    'The app’s Paddle, Lemon Squeezy and generic billing webhooks: the endpoint URL, the events to subscribe, whether a secret is set and when the latest event arrived',
  security: bearer,
  request: { params: appParams },
  responses: {
    200: {
      description: 'One entry per provider',
      content: { 'application/json': { schema: sourceWebhookSettingsList } },
    },
    ...errorResponses,
  },
});

export const getBillingWebhooksRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const items = await getSourceWebhooks({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.json({ items: items.map(sourceWebhookSettingsView) }, 200);
});
