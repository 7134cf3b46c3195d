import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ErrorBody } from '../../errors/on-error';
import { AppError } from '../../errors/app-error';
import { receivePaypalWebhook } from '../../services/payouts';
import { parseJsonBytes, readRawJsonBody } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import { orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const webhookResult = z
  .object({ eventId: z.string(), duplicate: z.boolean(), outcome: z.string() })
  .openapi('OrgPayPalWebhookResult');

const route = createRoute({
  method: 'post',
  operationId: 'receiveOrgPaypalWebhook',
  security: [{ paypalSignature: [] }],
  path: '/v1/paypal/webhooks/orgs/{orgId}',
  tags: ['inbound events'],
  summary: 'An organization’s own PayPal webhook endpoint',
  description:
    'Public. Verified through PayPal’s verify-webhook-signature with the organization’s own app and webhook id; 404 when it has no app connected; a delivery PayPal does not confirm answers 400 invalid_signature. Only the organization’s own payouts are acted on: an event about another organization’s payout answers 200 {outcome: "other_organization"} and changes nothing.',
  request: {
    params: orgParams,
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
    ...declareErrorResponses(400, 404, 409, 413, 415),
  },
});

export const receiveOrgPaypalWebhookRoute = new OpenAPIHono<AppEnv>();
// Document only: the body is read as bytes before any parsing, like the other webhooks.
receiveOrgPaypalWebhookRoute.openAPIRegistry.registerPath(route);

receiveOrgPaypalWebhookRoute.post('/v1/paypal/webhooks/orgs/:orgId', async (c) => {
  const orgId = orgParams.safeParse({ orgId: c.req.param('orgId') });
  if (!orgId.success) throw new AppError('not_found', 'No PayPal connection at this URL');
  const body = parseJsonBytes(await readRawJsonBody(c));
  try {
    const result = await receivePaypalWebhook({
      ctx: c.var.services(),
      input: { headers: c.req.raw.headers, body, organizationId: orgId.data.orgId },
    });
    return c.json(result, 200);
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
