import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { genericSourceEvent } from '../../domain/generic-source-event';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { receiveSourceWebhook, sourceWebhookPath } from './receive-source-webhook';
import { sourceEventResponse } from './source-webhook-schemas';
import { SIGNATURE_HEADER } from './read-raw-json';
import { conversionOutcome, stripeAppParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'receiveGenericBillingWebhook',
  path: '/v1/billing/{appId}/webhooks',
  tags: ['inbound events'],
  summary: 'Generic billing webhook of an app, for billing systems without a connector (Chargebee, Polar, your own)',
  description:
    `Our own event shape, signed like the conversions API: \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex>\`, ` +
    'HMAC-SHA256 keyed with the app’s generic billing secret over `<t>.<raw body>`, t within ' +
    'SIGNATURE_TOLERANCE_SECONDS (300 by default); several v1 while rotating. The same id again records nothing and ' +
    'answers 200. A refund or dispute names the payment (order_id) it concerns. A bad signature answers 401 ' +
    'invalid_signature, a stale one 401 signature_expired; an app without a generic secret 404.',
  security: [{ genericBillingSignature: [] }],
  request: {
    params: stripeAppParams,
    body: { required: true, content: { 'application/json': { schema: genericSourceEvent } } },
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: conversionOutcome } } },
    200: {
      description: 'Already recorded, or a dispute step',
      content: { 'application/json': { schema: sourceEventResponse } },
    },
    ...declareErrorResponses(400, 401, 404, 413, 415, 429),
  },
});

export const receiveGenericBillingWebhookRoute = new OpenAPIHono<AppEnv>();
receiveGenericBillingWebhookRoute.openAPIRegistry.registerComponent('securitySchemes', 'genericBillingSignature', {
  type: 'apiKey',
  in: 'header',
  name: SIGNATURE_HEADER,
  description: 't=<unix seconds>,v1=<hex HMAC-SHA256(generic billing secret, "<t>.<raw body>")>',
});
// Document only: the signature covers the raw bytes, so the body is read before any parsing.
receiveGenericBillingWebhookRoute.openAPIRegistry.registerPath(route);

receiveGenericBillingWebhookRoute.post(sourceWebhookPath('generic'), (c) => receiveSourceWebhook(c, 'generic'));
