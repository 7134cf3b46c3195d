import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getWiseRequirements } from '../../services/payouts';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { wiseRequirementsQuery, wiseRequirementsView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getWiseRequirements',
  path: '/affiliate/orgs/{orgId}/wise/requirements',
  tags: ['affiliate'],
  summary: 'The bank details Wise needs to pay you in a currency',
  description:
    'Asked of Wise (its account requirements): one entry per account type with the fields to fill, their validation and choices; fields with refreshRequirementsOnChange need POST to learn what they add. 400 rail_currency_unsupported when Wise pays no bank account in the currency; 409 wise_not_configured when the advertiser does not pay through Wise; 503 wise_unavailable.',
  security: bearer,
  request: { params: orgParams, query: wiseRequirementsQuery },
  responses: {
    200: { description: 'The requirements', content: { 'application/json': { schema: wiseRequirementsView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const getWiseRequirementsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { currency } = c.req.valid('query');
  const types = await getWiseRequirements({ ctx: c.var.services(), input: { currency } });
  return c.json({ currency, types }, 200);
});
