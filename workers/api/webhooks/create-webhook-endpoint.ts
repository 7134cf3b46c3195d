import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createWebhookEndpoint, type WebhookScope } from '../../services/webhooks';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createWebhookBody, endpointView, issuedWebhookEndpoint, SCOPES, scopedOperationId } from './schemas';

function build(scope: WebhookScope) {
  const s = SCOPES[scope];
  const route = createRoute({
    method: 'post',
    operationId: scopedOperationId(scope, 'createWebhookEndpoint'),
    path: s.prefix,
    tags: [...s.tags],
    summary: `Add ${s.who === 'your' ? 'a' : "an organization's"} webhook endpoint; its signing secret is shown once`,
    security: bearer,
    middleware: s.middleware,
    request: { params: s.params, body: jsonBody(createWebhookBody) },
    responses: {
      201: {
        description: 'Created, with the secret',
        content: { 'application/json': { schema: issuedWebhookEndpoint } },
      },
      ...errorResponses,
    },
  });
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const issued = await createWebhookEndpoint({ ctx: c.var.services(), input: { scope, ...c.req.valid('json') } });
    return c.json({ ...endpointView(issued.row), secret: issued.secret }, 201);
  });
}

export const createWebhookEndpointRoute = new OpenAPIHono<AppEnv>()
  .route('/', build('organization'))
  .route('/', build('affiliate'));
