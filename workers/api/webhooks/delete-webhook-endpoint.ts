import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteWebhookEndpoint, type WebhookScope } from '../../services/webhooks';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { SCOPES, scopedOperationId } from './schemas';

function build(scope: WebhookScope) {
  const s = SCOPES[scope];
  const route = createRoute({
    method: 'delete',
    operationId: scopedOperationId(scope, 'deleteWebhookEndpoint'),
    path: `${s.prefix}/{endpointId}`,
    tags: [...s.tags],
    summary: `Delete ${s.who} webhook endpoint; its delivery log stays`,
    security: bearer,
    middleware: s.middleware,
    request: { params: s.endpointParams },
    responses: { 204: { description: 'Deleted' }, ...errorResponses },
  });
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    await deleteWebhookEndpoint({
      ctx: c.var.services(),
      input: { scope, endpointId: c.req.valid('param').endpointId },
    });
    return c.body(null, 204);
  });
}

export const deleteWebhookEndpointRoute = new OpenAPIHono<AppEnv>()
  .route('/', build('organization'))
  .route('/', build('affiliate'));
