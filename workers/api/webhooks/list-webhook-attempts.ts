import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listWebhookAttempts, type WebhookScope } from '../../services/webhooks';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { attemptsQuery, attemptView, SCOPES, webhookAttemptsPage, scopedOperationId } from './schemas';

function build(scope: WebhookScope) {
  const s = SCOPES[scope];
  const route = createRoute({
    method: 'get',
    operationId: scopedOperationId(scope, 'listWebhookAttempts'),
    path: `${s.prefix}/{endpointId}/attempts`,
    tags: [...s.tags],
    summary: `The delivery log of ${s.who} endpoint: every attempt, newest first`,
    security: bearer,
    middleware: s.middleware,
    request: { params: s.endpointParams, query: attemptsQuery },
    responses: {
      200: { description: 'A page of attempts', content: { 'application/json': { schema: webhookAttemptsPage } } },
      ...errorResponses,
    },
  });
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const query = c.req.valid('query');
    const rows = await listWebhookAttempts({
      ctx: c.var.services(),
      input: { scope, endpointId: c.req.valid('param').endpointId, ...query },
    });
    return c.json(toPage(rows, query.limit, attemptView), 200);
  });
}

export const listWebhookAttemptsRoute = new OpenAPIHono<AppEnv>()
  .route('/', build('organization'))
  .route('/', build('affiliate'));
