import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { renderTaxFormPdf } from '../../services/tax';
import { requireMemberRole } from '../middleware/tenant';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { formParams, pdfDownload, pdfErrorResponses, pdfResponse } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'downloadTaxForm',
  path: '/orgs/{orgId}/tax/forms/{formId}/pdf',
  tags: ['tax'],
  summary: 'A signed tax form that counts for this advertiser, as PDF (TIN by its last four)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: formParams },
  responses: { 200: pdfResponse('The signed form'), ...pdfErrorResponses },
});

export const downloadTaxFormRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  pdfDownload(await renderTaxFormPdf({ ctx: c.var.services(), input: { formId: c.req.valid('param').formId } })),
);
