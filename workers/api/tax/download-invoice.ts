import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { renderInvoicePdf } from '../../services/tax';
import { requireMemberRole } from '../middleware/tenant';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { invoiceParams, pdfDownload, pdfErrorResponses, pdfResponse } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'downloadInvoice',
  path: '/orgs/{orgId}/tax/invoices/{invoiceId}/pdf',
  tags: ['tax'],
  summary: 'A self-billing invoice as PDF',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: invoiceParams },
  responses: { 200: pdfResponse('The invoice'), ...pdfErrorResponses },
});

export const downloadInvoiceRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  pdfDownload(await renderInvoicePdf({ ctx: c.var.services(), input: { invoiceId: c.req.valid('param').invoiceId } })),
);
