import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../errors/app-error';
import { errorBody } from '../../errors/on-error';
import { receiveStripePayoutWebhook } from '../../services/payouts';
import { readRawJsonBody } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import { orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const PATH = '/v1/stripe/payout-webhooks/orgs/{orgId}';

const route = createRoute({
  method: 'post',
  operationId: 'receiveStripePayoutWebhook',
  security: [{ stripeSignature: [] }],
  path: PATH,
  tags: ['inbound events'],
  summary: 'An organization’s Stripe Connect webhook endpoint for payouts',
  description:
    'Public. Verified with the Connect webhook secret of the Stripe account that pays for the organization (its own, else STRIPE_PAYOUTS_WEBHOOK_SECRET); 404 when there is none; a bad or stale signature answers 400 invalid_signature and stores nothing. Acts on account.updated, transfer.reversed, payout.paid and payout.failed of its own affiliates’ accounts and transfers; other events answer 200 ignored. Each event is applied once: a redelivery answers {duplicate: true}.',
  request: {
    params: orgParams,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ id: z.string(), type: z.string() }).passthrough() } },
    },
  },
  responses: {
    200: {
      description: 'Applied, ignored or already seen',
      content: {
        'application/json': {
          schema: z
            .object({ eventId: z.string(), duplicate: z.boolean(), outcome: z.string() })
            .openapi('StripePayoutWebhookResult'),
        },
      },
    },
    ...declareErrorResponses(400, 404, 413, 415),
  },
});

export const receiveStripePayoutWebhookRoute = new OpenAPIHono<AppEnv>();
// Document only: the signature covers the raw bytes, so the body is read before any parsing.
receiveStripePayoutWebhookRoute.openAPIRegistry.registerPath(route);

receiveStripePayoutWebhookRoute.post('/v1/stripe/payout-webhooks/orgs/:orgId', async (c) => {
  const orgId = orgParams.safeParse({ orgId: c.req.param('orgId') });
  if (!orgId.success) throw new AppError('not_found', 'No Stripe payout connection at this URL');
  const payload = await readRawJsonBody(c);
  try {
    const result = await receiveStripePayoutWebhook({
      ctx: c.var.services(),
      input: { organizationId: orgId.data.orgId, payload, signature: c.req.header('stripe-signature') },
    });
    return c.json(result, 200);
  } catch (err) {
    // Stripe's convention is 400 for a bad signature (our table says 401 for signed requests).
    if (err instanceof AppError && err.code === 'invalid_signature') {
      return c.json(errorBody('invalid_signature', err.message, c.var.requestId), 400);
    }
    throw err;
  }
});
