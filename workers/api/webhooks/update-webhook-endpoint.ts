import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateWebhookEndpoint, type WebhookScope } from '../../services/webhooks';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { endpointView, SCOPES, updateWebhookBody, webhookEndpoint, scopedOperationId } from './schemas';

function build(scope: WebhookScope) {
  const s = SCOPES[scope];
  const route = createRoute({
    method: 'patch',
    operationId: scopedOperationId(scope, 'updateWebhookEndpoint'),
    path: `${s.prefix}/{endpointId}`,
    tags: [...s.tags],
    summary: `Change ${s.who} webhook endpoint, or turn it off and on (turning on clears an automatic disable)`,
    security: bearer,
    middleware: s.middleware,
    request: { params: s.endpointParams, body: jsonBody(updateWebhookBody) },
    responses: {
      200: { description: 'The endpoint', content: { 'application/json': { schema: webhookEndpoint } } },
      ...errorResponses,
    },
  });
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const row = await updateWebhookEndpoint({
      ctx: c.var.services(),
      input: { scope, endpointId: c.req.valid('param').endpointId, changes: c.req.valid('json') },
    });
    return c.json(endpointView(row), 200);
  });
}

export const updateWebhookEndpointRoute = new OpenAPIHono<AppEnv>()
  .route('/', build('organization'))
  .route('/', build('affiliate'));
