import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { quoteWiseFee } from '../../services/payouts';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { wiseFeeQuoteView, wiseQuoteQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'quoteWiseFee',
  path: '/affiliate/orgs/{orgId}/wise/quote',
  tags: ['affiliate'],
  summary: 'What Wise charges to pay an amount into your bank account',
  description:
    'A live Wise quote: the fee (paid by the advertiser on top, never taken from your amount), the rate and what reaches your account. 409 wise_not_configured; 503 wise_unavailable.',
  security: bearer,
  request: { params: orgParams, query: wiseQuoteQuery },
  responses: {
    200: { description: 'The quote', content: { 'application/json': { schema: wiseFeeQuoteView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const quoteWiseFeeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await quoteWiseFee({ ctx: c.var.services(), input: c.req.valid('query') }), 200),
);
