import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { PADDLE_EVENT_TYPES, paddleEventEnvelope } from '../../domain/paddle-event';
import { PADDLE_TOLERANCE_SECONDS } from '../../domain/paddle-signature';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { receiveSourceWebhook, sourceWebhookPath } from './receive-source-webhook';
import { sourceEventResponse } from './source-webhook-schemas';
import { conversionOutcome, stripeAppParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'receivePaddleWebhook',
  path: '/v1/paddle/{appId}/webhooks',
  tags: ['inbound events'],
  summary: 'Paddle Billing notification destination of an app',
  description:
    `Verified with the destination’s secret key (\`Paddle-Signature: ts=…;h1=…\`, HMAC-SHA256 over \`ts:raw body\`, ` +
    `${PADDLE_TOLERANCE_SECONDS} s tolerance as Paddle’s SDKs, several h1 while a secret is rotated). Acts on ` +
    `${PADDLE_EVENT_TYPES.join(', ')}: a completed transaction is a sale (web or api origin) or a rebill (subscription ` +
    'origins), an approved refund adjustment refunds exactly its transaction, chargeback adjustments are a dispute ' +
    '(warning: opened, chargeback: lost, reverse: won), subscription.canceled is a cancel. Any other event answers ' +
    '200 {ignored: true}. A bad or stale signature answers 400 invalid_signature; an app without a Paddle secret 404.',
  security: [{ paddleSignature: [] }],
  request: {
    params: stripeAppParams,
    body: { required: true, content: { 'application/json': { schema: paddleEventEnvelope } } },
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: conversionOutcome } } },
    200: {
      description: 'Already recorded, a dispute step, or ignored',
      content: { 'application/json': { schema: sourceEventResponse } },
    },
    ...declareErrorResponses(400, 404, 413, 415, 429),
  },
});

export const receivePaddleWebhookRoute = new OpenAPIHono<AppEnv>();
receivePaddleWebhookRoute.openAPIRegistry.registerComponent('securitySchemes', 'paddleSignature', {
  type: 'apiKey',
  in: 'header',
  name: 'Paddle-Signature',
  description: 'ts=<unix seconds>;h1=<hex HMAC-SHA256(secret key, "<ts>:<raw body>")>',
});
// Document only: the signature covers the raw bytes, so the body is read before any parsing.
receivePaddleWebhookRoute.openAPIRegistry.registerPath(route);

receivePaddleWebhookRoute.post(sourceWebhookPath('paddle'), (c) => receiveSourceWebhook(c, 'paddle'));
