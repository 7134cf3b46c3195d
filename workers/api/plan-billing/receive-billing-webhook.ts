import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { BILLING_EVENT_TYPES, billingEventEnvelope } from '../../domain/plan-billing-event';
import { verifyStripeSignature } from '../../domain/stripe-signature';
import { AppError } from '../../errors/app-error';
import { errorBody } from '../../errors/on-error';
import { applyBillingEvent } from '../../services/plan-billing';
import { parseJsonBytes, readRawJsonBody } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { billingWebhookResult } from './schemas';

const PATH = '/v1/billing/stripe/webhook';

const route = createRoute({
  method: 'post',
  operationId: 'receiveBillingWebhook',
  path: PATH,
  tags: ['billing'],
  summary: 'Stripe Billing webhook endpoint of the platform',
  description:
    `Verified with STRIPE_BILLING_WEBHOOK_SECRET (\`Stripe-Signature\`, 300 s tolerance); a bad or stale signature answers 400 invalid_signature. ` +
    `Acts on ${BILLING_EVENT_TYPES.join(', ')} by re-reading the subscription from Stripe, so duplicates and out-of-order deliveries change nothing twice; ` +
    'other events answer 200 ignored. 404 billing_disabled when billing is off; 502 when Stripe cannot be read (Stripe retries).',
  security: [{ stripeSignature: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: billingEventEnvelope } } } },
  responses: {
    200: {
      description: 'Applied, a duplicate, or ignored',
      content: { 'application/json': { schema: billingWebhookResult } },
    },
    ...declareErrorResponses(400, 404, 413, 415),
  },
});

export const receiveBillingWebhookRoute = new OpenAPIHono<AppEnv>();
// Document only: the signature covers the raw bytes, so the body is read before any parsing.
receiveBillingWebhookRoute.openAPIRegistry.registerPath(route);

receiveBillingWebhookRoute.post(PATH, async (c) => {
  const ctx = c.var.services();
  const secret = ctx.config.STRIPE_BILLING_WEBHOOK_SECRET;
  if (!ctx.config.BILLING_ENABLED || !secret)
    throw new AppError('billing_disabled', 'Billing is switched off on this installation');
  const payload = await readRawJsonBody(c);
  const check = await verifyStripeSignature(
    c.req.header('stripe-signature'),
    payload,
    secret,
    Math.floor(ctx.now.getTime() / 1000),
  );
  if (!check.ok) {
    // Stripe's convention is 400 for a bad signature (our table says 401 for signed requests).
    const message =
      check.reason === 'expired'
        ? 'The Stripe-Signature timestamp is too old'
        : 'Stripe-Signature does not match the billing webhook secret';
    return c.json(errorBody('invalid_signature', message, c.var.requestId), 400);
  }
  const event = billingEventEnvelope.parse(parseJsonBytes(payload));
  const result = await applyBillingEvent({ ctx, input: { event } });
  return c.json(
    { received: true as const, ...('reason' in result ? { reason: result.reason } : {}), outcome: result.outcome },
    200,
  );
});
