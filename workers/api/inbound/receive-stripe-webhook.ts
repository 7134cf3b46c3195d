import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { mapStripeEvent, stripeEventEnvelope } from '../../domain/stripe-event';
import { STRIPE_HANDLED_EVENT_TYPES, stripePaymentLinks } from '../../domain/stripe-payment-links';
import { verifyStripeSignature } from '../../domain/stripe-signature';
import type { ErrorBody } from '../../errors/on-error';
import { conversionEvent } from '../../contracts/conversion-event';
import { recordDispute } from '../../services/conversions';
import { limitInbound } from '../../services/inbound';
import { findStripeEndpoint, noteStripeEventType, recordStripeEvent } from '../../services/stripe';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { parseJsonBytes, readRawJsonBody } from './read-raw-json';
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

receiveStripeWebhookRoute.post('/v1/stripe/:appId/webhooks', async (c) => {
  const ctx = c.var.services();
  const { appId } = stripeAppParams.parse(c.req.param());
  const endpoint = await findStripeEndpoint({ ctx, input: { appId } });
  const payload = await readRawJsonBody(c);
  const check = await verifyStripeSignature(
    c.req.header('stripe-signature'),
    payload,
    endpoint.webhookSecret,
    Math.floor(ctx.now.getTime() / 1000),
  );
  if (!check.ok) {
    // Stripe's own libraries answer a bad signature with 400, so we do too (our table says 401).
    const message =
      check.reason === 'expired'
        ? 'The Stripe-Signature timestamp is too old'
        : 'Stripe-Signature does not match this endpoint’s secret';
    const body: ErrorBody = { error: { code: 'invalid_signature', message, requestId: c.var.requestId } };
    return c.json(body, 400);
  }
  await limitInbound({ ctx, input: { path: 'stripe_webhook', appId: endpoint.appId } });
  const envelope = stripeEventEnvelope.parse(parseJsonBytes(payload));
  // Every verified type counts, ignored ones too: the integration status names the required ones never seen.
  await noteStripeEventType({
    ctx,
    input: { appId: endpoint.appId, eventType: envelope.type, apiVersion: envelope.api_version ?? null },
  });
  const links = stripePaymentLinks(envelope);
  const mapped = mapStripeEvent(envelope);
  if (mapped.kind === 'ignored' && links.length === 0)
    return c.json({ ignored: true as const, reason: mapped.reason }, 200);
  if (mapped.kind === 'dispute') {
    const outcome = await recordDispute({
      ctx,
      input: { appId: endpoint.appId, organizationId: endpoint.organizationId, dispute: mapped.dispute },
    });
    return c.json(outcome, 200);
  }
  const result = await recordStripeEvent({
    ctx,
    input: {
      appId: endpoint.appId,
      organizationId: endpoint.organizationId,
      stripeEventId: envelope.id,
      links,
      event: mapped.kind === 'event' ? conversionEvent.parse(mapped.event) : null,
    },
  });
  if (result.kind === 'linked') return c.json({ linked: links }, 200);
  return c.json(result.outcome, result.outcome.duplicate ? 200 : 201);
});
