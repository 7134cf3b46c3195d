import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { receiveWiseWebhook } from '../../services/payouts';
import { readRawJsonBody } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'post',
  operationId: 'receiveWiseWebhook',
  security: [{ wiseSignature: [] }],
  path: '/v1/wise/webhooks',
  tags: ['inbound events'],
  summary: 'The Wise webhook endpoint for bank-transfer payouts (transfers#state-change)',
  description:
    'Public. Verified with Wise’s public key (WISE_WEBHOOK_PUBLIC_KEY): RSA-SHA256 of the raw body, base64, in X-Signature-SHA256; 404 when none is configured; a bad or absent signature answers 401 invalid_signature and stores nothing. The transfer the event names is read back from Wise and settled (outgoing_payment_sent paid; cancelled or funds_refunded returned to the balance; charged_back taken back). Each change is applied once: a redelivery answers {duplicate: true}.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ event_type: z.string(), data: z.object({}).passthrough() }).passthrough(),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Applied, ignored or already seen',
      content: {
        'application/json': {
          schema: z
            .object({ eventKey: z.string(), duplicate: z.boolean(), outcome: z.string() })
            .openapi('WiseWebhookResult'),
        },
      },
    },
    ...declareErrorResponses(400, 401, 404, 413, 415),
  },
});

export const receiveWiseWebhookRoute = new OpenAPIHono<AppEnv>();
// Document only: the signature covers the raw bytes, so the body is read before any parsing.
receiveWiseWebhookRoute.openAPIRegistry.registerPath(route);
receiveWiseWebhookRoute.openAPIRegistry.registerComponent('securitySchemes', 'wiseSignature', {
  type: 'apiKey',
  in: 'header',
  name: 'X-Signature-SHA256',
  description: 'Base64 RSA-SHA256 signature of the raw body by Wise’s private key',
});

receiveWiseWebhookRoute.post('/v1/wise/webhooks', async (c) => {
  const payload = await readRawJsonBody(c);
  const result = await receiveWiseWebhook({
    ctx: c.var.services(),
    input: { payload, signature: c.req.header('x-signature-sha256') },
  });
  return c.json(result, 200);
});
