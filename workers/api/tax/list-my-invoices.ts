import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listInvoices } from '../../services/tax';
import { bearer, errorResponses, orgParams, pageQuery, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { invoiceJson, invoicePage } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyInvoices',
  path: '/affiliate/orgs/{orgId}/tax/invoices',
  tags: ['affiliate'],
  summary: 'Self-billing invoices this advertiser issued for your payouts, newest first',
  security: bearer,
  request: { params: orgParams, query: pageQuery },
  responses: {
    200: { description: 'A page of invoices', content: { 'application/json': { schema: invoicePage } } },
    ...errorResponses,
  },
});

export const listMyInvoicesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(toPage(await listInvoices({ ctx: c.var.services(), input: query }), query.limit, invoiceJson), 200);
});
