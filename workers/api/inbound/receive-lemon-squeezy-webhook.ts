import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { LEMON_SQUEEZY_EVENT_TYPES, lemonSqueezyEnvelope } from '../../domain/lemon-squeezy-event';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { receiveSourceWebhook, sourceWebhookPath } from './receive-source-webhook';
import { sourceEventResponse } from './source-webhook-schemas';
import { conversionOutcome, stripeAppParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'receiveLemonSqueezyWebhook',
  path: '/v1/lemon-squeezy/{appId}/webhooks',
  tags: ['inbound events'],
  summary: 'Lemon Squeezy webhook endpoint of an app',
  description:
    'Verified with the webhook’s signing secret (`X-Signature`: hex HMAC-SHA256 of the raw body). Acts on ' +
    `${LEMON_SQUEEZY_EVENT_TYPES.join(', ')}: a paid order is a sale, a renewal payment a rebill, a refund (partial ` +
    'too) refunds exactly that order or invoice, subscription_cancelled is a cancel. Lemon Squeezy signs no ' +
    'timestamp, so replays are absorbed by idempotency: each event’s key is its name, resource and (refunds) refunded ' +
    'total, and a second copy records nothing. Any other event answers 200 {ignored: true}. A bad signature answers ' +
    '400 invalid_signature; an app without a Lemon Squeezy secret 404.',
  security: [{ lemonSqueezySignature: [] }],
  request: {
    params: stripeAppParams,
    body: { required: true, content: { 'application/json': { schema: lemonSqueezyEnvelope } } },
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: conversionOutcome } } },
    200: {
      description: 'Already recorded, or ignored',
      content: { 'application/json': { schema: sourceEventResponse } },
    },
    ...declareErrorResponses(400, 404, 413, 415, 429),
  },
});

export const receiveLemonSqueezyWebhookRoute = new OpenAPIHono<AppEnv>();
receiveLemonSqueezyWebhookRoute.openAPIRegistry.registerComponent('securitySchemes', 'lemonSqueezySignature', {
  type: 'apiKey',
  in: 'header',
  name: 'X-Signature',
  description: 'hex HMAC-SHA256(signing secret, raw body)',
});
// Document only: the signature covers the raw bytes, so the body is read before any parsing.
receiveLemonSqueezyWebhookRoute.openAPIRegistry.registerPath(route);

receiveLemonSqueezyWebhookRoute.post(sourceWebhookPath('lemon_squeezy'), (c) =>
  receiveSourceWebhook(c, 'lemon_squeezy'),
);
