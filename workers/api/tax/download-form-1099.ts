import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { renderForm1099Pdf } from '../../services/tax';
import { requireMemberRole } from '../middleware/tenant';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { payeeParams, pdfDownload, pdfErrorResponses, pdfResponse } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'downloadForm1099',
  path: '/orgs/{orgId}/tax/1099/{year}/payees/{affiliateId}/pdf',
  tags: ['tax'],
  summary: 'A payee’s 1099-NEC copy B for the year, as PDF',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: payeeParams },
  responses: { 200: pdfResponse('Copy B'), ...pdfErrorResponses },
});

export const downloadForm1099Route = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { year, affiliateId } = c.req.valid('param');
  return pdfDownload(await renderForm1099Pdf({ ctx: c.var.services(), input: { year, affiliateId } }));
});
