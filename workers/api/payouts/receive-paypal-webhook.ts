import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { errorBody } from '../../errors/on-error';
import { AppError } from '../../errors/app-error';
import { receivePaypalWebhook } from '../../services/payouts';
import { parseJsonBytes, readRawJsonBody } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import { orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

// PayPal delivers to two URLs: the deployment's own app (PAYPAL_WEBHOOK_ID) and an organization's
// own app. One handler serves both; only the account that verifies the delivery differs.

const PATH = '/v1/paypal/webhooks';
const ORG_PATH = '/v1/paypal/webhooks/orgs/{orgId}';

const webhookBody = {
  required: true,
  content: { 'application/json': { schema: z.object({ id: z.string(), event_type: z.string() }).passthrough() } },
};
const webhookResultFields = { eventId: z.string(), duplicate: z.boolean(), outcome: z.string() };

const route = createRoute({
  method: 'post',
  operationId: 'receivePaypalWebhook',
  security: [{ paypalSignature: [] }],
  path: PATH,
  tags: ['inbound events'],
  summary: 'PayPal webhook endpoint (PAYMENT.PAYOUTSBATCH.*, PAYMENT.PAYOUTS-ITEM.*)',
  description:
    'Public. Verified through PayPal’s verify-webhook-signature with PAYPAL_WEBHOOK_ID; a delivery PayPal does not confirm answers 400 invalid_signature (stored, never applied). Every event is stored once by its id, so a redelivery answers 200 {duplicate: true} and changes nothing.',
  request: { body: webhookBody },
  responses: {
    200: {
      description: 'Applied, ignored or already seen',
      content: { 'application/json': { schema: z.object(webhookResultFields).openapi('PayPalWebhookResult') } },
    },
    ...declareErrorResponses(400, 409, 413, 415),
  },
});

const orgRoute = createRoute({
  method: 'post',
  operationId: 'receiveOrgPaypalWebhook',
  security: [{ paypalSignature: [] }],
  path: ORG_PATH,
  tags: ['inbound events'],
  summary: 'An organization’s own PayPal webhook endpoint',
  description:
    'Public. Verified through PayPal’s verify-webhook-signature with the organization’s own app and webhook id; 404 when it has no app connected; a delivery PayPal does not confirm answers 400 invalid_signature. Only the organization’s own payouts are acted on: an event about another organization’s payout answers 200 {outcome: "other_organization"} and changes nothing.',
  request: { params: orgParams, body: webhookBody },
  responses: {
    200: {
      description: 'Applied, ignored or already seen',
      content: { 'application/json': { schema: z.object(webhookResultFields).openapi('OrgPayPalWebhookResult') } },
    },
    ...declareErrorResponses(400, 404, 409, 413, 415),
  },
});

/** Reads the body as bytes (the signature covers them), applies the event, answers PayPal. */
async function handle(c: Context<AppEnv>, organizationId?: string) {
  const body = parseJsonBytes(await readRawJsonBody(c));
  try {
    const result = await receivePaypalWebhook({
      ctx: c.var.services(),
      input: { headers: c.req.raw.headers, body, ...(organizationId === undefined ? {} : { organizationId }) },
    });
    return c.json(result, 200);
  } catch (err) {
    // PayPal's convention (as Stripe's) is 400 for a bad signature; our table says 401.
    if (err instanceof AppError && err.code === 'invalid_signature') {
      return c.json(errorBody('invalid_signature', err.message, c.var.requestId), 400);
    }
    throw err;
  }
}

// Document only: the body is read as bytes before any parsing, like the other webhooks.
export const receivePaypalWebhookRoute = new OpenAPIHono<AppEnv>();
receivePaypalWebhookRoute.openAPIRegistry.registerPath(route);
receivePaypalWebhookRoute.post(PATH, (c) => handle(c));

/** Mounted with the organization's PayPal connection (api/paypal-accounts), where its doc entry stays. */
export const receiveOrgPaypalWebhookRoute = new OpenAPIHono<AppEnv>();
receiveOrgPaypalWebhookRoute.openAPIRegistry.registerPath(orgRoute);
receiveOrgPaypalWebhookRoute.post('/v1/paypal/webhooks/orgs/:orgId', async (c) => {
  const orgId = orgParams.safeParse({ orgId: c.req.param('orgId') });
  if (!orgId.success) throw new AppError('not_found', 'No PayPal connection at this URL');
  return handle(c, orgId.data.orgId);
});
