import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listWebhookEndpoints, type WebhookScope } from '../../services/webhooks';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { endpointView, SCOPES, webhookEndpointList, scopedOperationId } from './schemas';

function build(scope: WebhookScope) {
  const s = SCOPES[scope];
  const route = createRoute({
    method: 'get',
    operationId: scopedOperationId(scope, 'listWebhookEndpoints'),
    path: s.prefix,
    tags: [...s.tags],
    summary: `List ${s.who} webhook endpoints`,
    security: bearer,
    middleware: s.middleware,
    request: { params: s.params },
    responses: {
      200: { description: 'The endpoints', content: { 'application/json': { schema: webhookEndpointList } } },
      ...errorResponses,
    },
  });
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const rows = await listWebhookEndpoints({ ctx: c.var.services(), input: { scope } });
    return c.json({ items: rows.map(endpointView) }, 200);
  });
}

export const listWebhookEndpointsRoute = new OpenAPIHono<AppEnv>()
  .route('/', build('organization'))
  .route('/', build('affiliate'));
