import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { stripeEventEnvelope } from '../../domain/stripe-event';
import { STRIPE_HANDLED_EVENT_TYPES } from '../../domain/stripe-payment-links';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { receiveSourceWebhook, sourceWebhookPath } from './receive-source-webhook';
import { conversionOutcome, disputeOutcome, ignoredStripeEvent, linkedStripeEvent, stripeAppParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'receiveStripeWebhook',
  path: '/v1/stripe/{appId}/webhooks',
  tags: ['inbound events'],
  summary: 'Stripe webhook endpoint of an app',
  description:
    `Verified with the app’s endpoint secret (\`Stripe-Signature\`, 300 s tolerance). Acts on ${STRIPE_HANDLED_EVENT_TYPES.join(', ')}; ` +
    'invoice_payment.paid (and the payment named by an invoice, a checkout session or a charge) records which payment ' +
    'paid which invoice, so a refund reverses exactly that sale. ' +
    'A dispute (charge.dispute.*) answers 200 with the dispute and the commission lines it held, gave back or reversed. ' +
    'Any other event answers 200 {ignored: true} so Stripe does not retry it. A bad signature answers 400 invalid_signature ' +
    '(Stripe’s convention); an app without a configured secret answers 404. About 600 events a minute per app ' +
    '(per Cloudflare location); beyond, 429 rate_limited with Retry-After, which Stripe retries later.',
  security: [{ stripeSignature: [] }],
  request: {
    params: stripeAppParams,
    body: { required: true, content: { 'application/json': { schema: stripeEventEnvelope } } },
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: conversionOutcome } } },
    200: {
      description: 'Already recorded, linked, a dispute event applied, or ignored',
      content: {
        'application/json': {
          schema: conversionOutcome.or(disputeOutcome).or(ignoredStripeEvent).or(linkedStripeEvent),
        },
      },
    },
    ...declareErrorResponses(400, 404, 413, 415, 429),
  },
});

export const receiveStripeWebhookRoute = new OpenAPIHono<AppEnv>();
receiveStripeWebhookRoute.openAPIRegistry.registerComponent('securitySchemes', 'stripeSignature', {
  type: 'apiKey',
  in: 'header',
  name: 'Stripe-Signature',
  description:
    'Stripe’s webhook signature, keyed with the endpoint secret set by PUT /orgs/{orgId}/apps/{appId}/stripe',
});
// Document only: the signature covers the raw bytes, so the body is read before any parsing.
receiveStripeWebhookRoute.openAPIRegistry.registerPath(route);

receiveStripeWebhookRoute.post(sourceWebhookPath('stripe'), (c) => receiveSourceWebhook(c, 'stripe'));
