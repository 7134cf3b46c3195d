import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../errors/app-error';
import { receiveTremendousWebhook } from '../../services/payouts';
import { readRawJsonBody } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import { orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'post',
  operationId: 'receiveTremendousWebhook',
  security: [{ tremendousSignature: [] }],
  path: '/v1/tremendous/webhooks/orgs/{orgId}',
  tags: ['inbound events'],
  summary: 'An organization’s Tremendous webhook endpoint for gift-card payouts',
  description:
    'Public. Verified with the webhook private key of the Tremendous account that pays for the organization (its own, else TREMENDOUS_WEBHOOK_KEY): HMAC-SHA256 of the raw body in Tremendous-Webhook-Signature (sha256=<hex>); 404 when there is none; a bad signature answers 401 invalid_signature and stores nothing. The order the event names is read back from Tremendous and settled (EXECUTED paid; FAILED or CANCELED returned to the balance; REWARDS.CANCELED after payment refunded). Each event is applied once by its uuid: a redelivery answers {duplicate: true}.',
  request: {
    params: orgParams,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ event: z.string(), uuid: z.string() }).passthrough() } },
    },
  },
  responses: {
    200: {
      description: 'Applied, ignored or already seen',
      content: {
        'application/json': {
          schema: z
            .object({ eventId: z.string(), duplicate: z.boolean(), outcome: z.string() })
            .openapi('TremendousWebhookResult'),
        },
      },
    },
    ...declareErrorResponses(400, 401, 404, 413, 415),
  },
});

export const receiveTremendousWebhookRoute = new OpenAPIHono<AppEnv>();
// Document only: the signature covers the raw bytes, so the body is read before any parsing.
receiveTremendousWebhookRoute.openAPIRegistry.registerPath(route);
receiveTremendousWebhookRoute.openAPIRegistry.registerComponent('securitySchemes', 'tremendousSignature', {
  type: 'apiKey',
  in: 'header',
  name: 'Tremendous-Webhook-Signature',
  description: 'sha256=<hex HMAC-SHA256 of the raw body, keyed with the webhook’s private key>',
});

receiveTremendousWebhookRoute.post('/v1/tremendous/webhooks/orgs/:orgId', async (c) => {
  const orgId = orgParams.safeParse({ orgId: c.req.param('orgId') });
  if (!orgId.success) throw new AppError('not_found', 'No Tremendous connection at this URL');
  const payload = await readRawJsonBody(c);
  const result = await receiveTremendousWebhook({
    ctx: c.var.services(),
    input: { organizationId: orgId.data.orgId, payload, signature: c.req.header('tremendous-webhook-signature') },
  });
  return c.json(result, 200);
});
