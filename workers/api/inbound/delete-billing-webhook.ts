import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { removeSourceWebhookSecret } from '../../services/conversion-sources';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { sourceProviderParams } from './source-webhook-schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteBillingWebhook',
  path: '/orgs/{orgId}/apps/{appId}/billing-webhooks/{provider}',
  tags: ['apps'],
  summary: 'Turn a billing provider’s webhooks off for an app: the secret is deleted and the endpoint answers 404',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: sourceProviderParams },
  responses: { 204: { description: 'Off' }, ...errorResponses },
});

export const deleteBillingWebhookRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { appId, provider } = c.req.valid('param');
  await removeSourceWebhookSecret({ ctx: c.var.services(), input: { appId, provider } });
  return c.body(null, 204);
});
