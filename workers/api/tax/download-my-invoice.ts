import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { renderInvoicePdf } from '../../services/tax';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { invoiceParams, pdfDownload, pdfErrorResponses, pdfResponse } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'downloadMyInvoice',
  path: '/affiliate/orgs/{orgId}/tax/invoices/{invoiceId}/pdf',
  tags: ['affiliate'],
  summary: 'A self-billing invoice for one of your payouts, as PDF',
  security: bearer,
  request: { params: invoiceParams },
  responses: { 200: pdfResponse('The invoice'), ...pdfErrorResponses },
});

export const downloadMyInvoiceRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  pdfDownload(await renderInvoicePdf({ ctx: c.var.services(), input: { invoiceId: c.req.valid('param').invoiceId } })),
);
