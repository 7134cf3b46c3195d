import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ErrorBody } from '../../errors/on-error';
import { AppError } from '../../errors/app-error';
import { receivePaypalWebhook } from '../../services/payouts';
import { parseJsonBytes, readRawJsonBody } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';

const PATH = '/v1/paypal/webhooks';

const webhookResult = z
  .object({ eventId: z.string(), duplicate: z.boolean(), outcome: z.string() })
  .openapi('PayPalWebhookResult');

const route = createRoute({
  method: 'post',
  operationId: 'receivePaypalWebhook',
  security: [{ paypalSignature: [] }],
  path: PATH,
  tags: ['inbound events'],
  summary: 'PayPal webhook endpoint (PAYMENT.PAYOUTSBATCH.*, PAYMENT.PAYOUTS-ITEM.*)',
  description:
    'Public. Verified through PayPal’s verify-webhook-signature with PAYPAL_WEBHOOK_ID; a delivery PayPal does not confirm answers 400 invalid_signature (stored, never applied). Every event is stored once by its id, so a redelivery answers 200 {duplicate: true} and changes nothing.',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ id: z.string(), event_type: z.string() }).passthrough() } },
    },
  },
  responses: {
    200: {
      description: 'Applied, ignored or already seen',
      content: { 'application/json': { schema: webhookResult } },
    },
    ...declareErrorResponses(400, 409, 413, 415),
  },
});

export const receivePaypalWebhookRoute = new OpenAPIHono<AppEnv>();
// Document only: the body is read as bytes before any parsing, like the other webhooks.
receivePaypalWebhookRoute.openAPIRegistry.registerPath(route);

receivePaypalWebhookRoute.post(PATH, async (c) => {
  const body = parseJsonBytes(await readRawJsonBody(c));
  try {
    return c.json(
      await receivePaypalWebhook({ ctx: c.var.services(), input: { headers: c.req.raw.headers, body } }),
      200,
    );
  } catch (err) {
    // PayPal's convention (as Stripe's) is 400 for a bad signature; our table says 401.
    if (err instanceof AppError && err.code === 'invalid_signature') {
      const refused: ErrorBody = {
        error: { code: 'invalid_signature', message: err.message, requestId: c.var.requestId },
      };
      return c.json(refused, 400);
    }
    throw err;
  }
});
