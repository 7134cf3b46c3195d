import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { removeStripeWebhookSecret } from '../../services/conversion-sources';
import { appParams } from '../apps/schemas';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteStripeWebhook',
  path: '/orgs/{orgId}/apps/{appId}/stripe',
  tags: ['apps'],
  summary: 'Turn Stripe webhooks off for an app: the secret is deleted and the endpoint answers 404',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: appParams },
  responses: { 204: { description: 'Off' }, ...errorResponses },
});

export const deleteStripeWebhookRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await removeStripeWebhookSecret({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.body(null, 204);
});
