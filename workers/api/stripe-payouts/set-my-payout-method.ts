import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyPayoutMethods } from '../../services/payouts';
import { setMyPayoutMethod } from '../../services/stripe-payouts';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myPayoutMethodsJson, myPayoutMethodsView, setPayoutMethodBody } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setMyPayoutMethod',
  path: '/affiliate/orgs/{orgId}/payout-methods',
  tags: ['affiliate'],
  summary: 'Choose how this advertiser pays you',
  description:
    'The rail must serve the country (400 rail_country_unsupported). Choosing stripe creates your Stripe Express account on the advertiser’s Stripe platform (409 stripe_payouts_not_configured when it has none; 503 stripe_unavailable); then open the onboarding link. New payouts follow the choice. Audited (payout_method.changed).',
  security: bearer,
  request: { params: orgParams, body: jsonBody(setPayoutMethodBody) },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: myPayoutMethodsView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const setMyPayoutMethodRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  await setMyPayoutMethod({ ctx, input: c.req.valid('json') });
  return c.json(myPayoutMethodsJson(await getMyPayoutMethods({ ctx, input: undefined })), 200);
});
