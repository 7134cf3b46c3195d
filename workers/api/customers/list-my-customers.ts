import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyCustomers } from '../../services/customers';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myCustomerPage, myCustomersQuery } from './schemas';
import { myCustomerView } from './views';

const route = createRoute({
  method: 'get',
  operationId: 'listMyCustomers',
  path: '/affiliate/orgs/{orgId}/customers',
  tags: ['affiliate'],
  summary: 'Customers you referred to this advertiser, newest first: masked, with their state, without revenue',
  security: bearer,
  middleware: [knownQuery(myCustomersQuery)] as const,
  request: { params: orgParams, query: myCustomersQuery },
  responses: {
    200: { description: 'A page of your customers', content: { 'application/json': { schema: myCustomerPage } } },
    ...errorResponses,
  },
});

export const listMyCustomersRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(
    toPage(await listMyCustomers({ ctx: c.var.services(), input: query }), query.limit, myCustomerView),
    200,
  );
});
