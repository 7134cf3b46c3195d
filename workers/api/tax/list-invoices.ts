import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listInvoices } from '../../services/tax';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams, pageQuery, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { invoiceJson, invoicePage } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listInvoices',
  path: '/orgs/{orgId}/tax/invoices',
  tags: ['tax'],
  summary: 'Self-billing invoices issued for payouts to VAT-registered affiliates, newest first',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams, query: pageQuery },
  responses: {
    200: { description: 'A page of invoices', content: { 'application/json': { schema: invoicePage } } },
    ...errorResponses,
  },
});

export const listInvoicesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(toPage(await listInvoices({ ctx: c.var.services(), input: query }), query.limit, invoiceJson), 200);
});
