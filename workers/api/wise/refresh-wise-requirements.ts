import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { valuesToDetails } from '../../domain/wise-recipient';
import { getWiseRequirements } from '../../services/payouts';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { refreshWiseRequirementsBody, wiseRequirementsView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'refreshWiseRequirements',
  path: '/affiliate/orgs/{orgId}/wise/requirements',
  tags: ['affiliate'],
  summary: 'The bank details Wise needs, after a field that changes them',
  description:
    'The form so far (its type and values) is posted to Wise’s account requirements; the answer adds what that choice needs (a state for a US address). Same errors as GET.',
  security: bearer,
  request: { params: orgParams, body: jsonBody(refreshWiseRequirementsBody) },
  responses: {
    200: { description: 'The requirements', content: { 'application/json': { schema: wiseRequirementsView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const refreshWiseRequirementsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { currency, type, values } = c.req.valid('json');
  const { accountHolderName, ...rest } = values;
  const types = await getWiseRequirements({
    ctx: c.var.services(),
    input: {
      currency,
      recipient: { type, ...(accountHolderName ? { accountHolderName } : {}), details: valuesToDetails(rest) },
    },
  });
  return c.json({ currency, types }, 200);
});
