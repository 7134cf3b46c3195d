import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { sendTestWebhook, type WebhookScope } from '../../services/webhooks';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { attemptView, SCOPES, webhookAttempt, scopedOperationId } from './schemas';

function build(scope: WebhookScope) {
  const s = SCOPES[scope];
  const route = createRoute({
    method: 'post',
    operationId: scopedOperationId(scope, 'sendTestWebhook'),
    path: `${s.prefix}/{endpointId}/test`,
    tags: [...s.tags],
    summary: `Send a signed webhook.test event to ${s.who} endpoint now and see what it answered`,
    security: bearer,
    middleware: s.middleware,
    request: { params: s.endpointParams },
    responses: {
      200: {
        description: 'The attempt, successful or not',
        content: { 'application/json': { schema: webhookAttempt } },
      },
      ...errorResponses,
    },
  });
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const entry = await sendTestWebhook({
      ctx: c.var.services(),
      input: { scope, endpointId: c.req.valid('param').endpointId },
    });
    return c.json(attemptView(entry), 200);
  });
}

export const sendTestWebhookRoute = new OpenAPIHono<AppEnv>()
  .route('/', build('organization'))
  .route('/', build('affiliate'));
