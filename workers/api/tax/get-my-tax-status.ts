import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyTaxStatus } from '../../services/tax';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myTaxStatus, myTaxStatusJson } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyTaxStatus',
  path: '/affiliate/orgs/{orgId}/tax',
  tags: ['affiliate'],
  summary: 'What this advertiser asks for, your form that counts here, and balances held until a form is in',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'Your tax status', content: { 'application/json': { schema: myTaxStatus } } },
    ...errorResponses,
  },
});

export const getMyTaxStatusRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(myTaxStatusJson(await getMyTaxStatus({ ctx: c.var.services(), input: undefined })), 200),
);
