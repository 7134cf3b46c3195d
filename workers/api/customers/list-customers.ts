import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listCustomers } from '../../services/customers';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { customerPage, customersQuery } from './schemas';
import { customerView } from './views';

const route = createRoute({
  method: 'get',
  operationId: 'listCustomers',
  path: '/orgs/{orgId}/customers',
  tags: ['customers'],
  summary: 'Referred customers, newest referral first, with their state, MRR and lifetime value',
  description:
    'Derived from the stored conversions of each customer (sale, rebill, refund, cancel) and the disputes of its charges; see docs/customers.md for the state rules.',
  security: bearer,
  middleware: [knownQuery(customersQuery)] as const,
  request: { params: orgParams, query: customersQuery },
  responses: {
    200: { description: 'A page of customers', content: { 'application/json': { schema: customerPage } } },
    ...errorResponses,
  },
});

export const listCustomersRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(toPage(await listCustomers({ ctx: c.var.services(), input: query }), query.limit, customerView), 200);
});
