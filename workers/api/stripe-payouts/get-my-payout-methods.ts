import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyPayoutMethods } from '../../services/payouts';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myPayoutMethodsJson, myPayoutMethodsView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyPayoutMethods',
  path: '/affiliate/orgs/{orgId}/payout-methods',
  tags: ['affiliate'],
  summary: 'How this advertiser pays you, and the rails on offer with what each needs and costs',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'Your method and the rails', content: { 'application/json': { schema: myPayoutMethodsView } } },
    ...errorResponses,
  },
});

export const getMyPayoutMethodsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(myPayoutMethodsJson(await getMyPayoutMethods({ ctx: c.var.services(), input: undefined })), 200),
);
