import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { renderTaxFormPdf } from '../../services/tax';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { formParams, pdfDownload, pdfErrorResponses, pdfResponse } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'downloadMyTaxForm',
  path: '/affiliate/orgs/{orgId}/tax/forms/{formId}/pdf',
  tags: ['affiliate'],
  summary: 'A form you signed, as PDF',
  security: bearer,
  request: { params: formParams },
  responses: { 200: pdfResponse('The signed form'), ...pdfErrorResponses },
});

export const downloadMyTaxFormRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  pdfDownload(await renderTaxFormPdf({ ctx: c.var.services(), input: { formId: c.req.valid('param').formId } })),
);
