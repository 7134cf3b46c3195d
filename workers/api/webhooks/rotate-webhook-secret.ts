import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { rotateWebhookSecret, type WebhookScope } from '../../services/webhooks';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { endpointView, issuedWebhookEndpoint, SCOPES, scopedOperationId } from './schemas';

function build(scope: WebhookScope) {
  const s = SCOPES[scope];
  const route = createRoute({
    method: 'post',
    operationId: scopedOperationId(scope, 'rotateWebhookSecret'),
    path: `${s.prefix}/{endpointId}/rotate-secret`,
    tags: [...s.tags],
    summary: `Issue a new signing secret for ${s.who} endpoint (shown once); the old one also signs for 24 hours`,
    security: bearer,
    middleware: s.middleware,
    request: { params: s.endpointParams },
    responses: {
      200: {
        description: 'The endpoint with its new secret',
        content: { 'application/json': { schema: issuedWebhookEndpoint } },
      },
      ...errorResponses,
    },
  });
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const issued = await rotateWebhookSecret({
      ctx: c.var.services(),
      input: { scope, endpointId: c.req.valid('param').endpointId },
    });
    return c.json({ ...endpointView(issued.row), secret: issued.secret }, 200);
  });
}

export const rotateWebhookSecretRoute = new OpenAPIHono<AppEnv>()
  .route('/', build('organization'))
  .route('/', build('affiliate'));
