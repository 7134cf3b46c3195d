import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  LEMON_SQUEEZY_EVENT_TYPES,
  lemonSqueezyEnvelope,
  mapLemonSqueezyEvent,
} from '../../domain/lemon-squeezy-event';
import { verifyLemonSqueezySignature } from '../../domain/lemon-squeezy-signature';
import { findBillingEndpoint, noteBillingEvent, recordBillingEvent } from '../../services/billing-webhooks';
import { limitInbound } from '../../services/inbound';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { answerBillingEvent, refuseSignature } from './answer-billing-event';
import { billingEventResponse } from './billing-webhook-schemas';
import { parseJsonBytes, readRawJsonBody } from './read-raw-json';
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
      content: { 'application/json': { schema: billingEventResponse } },
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

receiveLemonSqueezyWebhookRoute.post('/v1/lemon-squeezy/:appId/webhooks', async (c) => {
  const ctx = c.var.services();
  const { appId } = stripeAppParams.parse(c.req.param());
  const endpoint = await findBillingEndpoint({ ctx, input: { appId, provider: 'lemon_squeezy' } });
  const payload = await readRawJsonBody(c);
  const valid = await verifyLemonSqueezySignature({
    header: c.req.header('x-signature'),
    payload,
    secret: endpoint.secret,
  });
  if (!valid) return refuseSignature(c, 'X-Signature does not match this webhook’s signing secret');
  await limitInbound({ ctx, input: { path: 'billing_webhook', provider: 'lemon_squeezy', appId } });
  const envelope = lemonSqueezyEnvelope.parse(parseJsonBytes(payload));
  await noteBillingEvent({ ctx, input: { appId, provider: 'lemon_squeezy', eventType: envelope.meta.event_name } });
  const result = await recordBillingEvent({
    ctx,
    input: {
      appId,
      organizationId: endpoint.organizationId,
      provider: 'lemon_squeezy',
      mapping: mapLemonSqueezyEvent(envelope),
    },
  });
  return answerBillingEvent(c, result);
});
