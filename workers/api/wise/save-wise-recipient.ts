import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { saveWiseRecipient } from '../../services/payouts';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { recipientJson } from './get-wise-recipient';
import { saveWiseRecipientBody, wiseRecipientView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'saveWiseRecipient',
  path: '/affiliate/orgs/{orgId}/wise/recipient',
  tags: ['affiliate'],
  summary: 'Be paid by this advertiser through Wise, into this bank account',
  description:
    'The values are checked against Wise’s current requirements for the currency and type, then Wise creates the recipient account; 400 wise_details_invalid names each broken field in details.fields (required, too_short, too_long, pattern, not_allowed). Makes Wise your method with this advertiser; payouts already proposed keep their destination. Audited (payout_method.wise_recipient_saved) without the bank details.',
  security: bearer,
  request: { params: orgParams, body: jsonBody(saveWiseRecipientBody) },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: wiseRecipientView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const saveWiseRecipientRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const recipient = await saveWiseRecipient({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(recipientJson(recipient), 200);
});
