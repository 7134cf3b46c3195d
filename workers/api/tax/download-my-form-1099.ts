import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { renderForm1099Pdf } from '../../services/tax';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { pdfDownload, pdfErrorResponses, pdfResponse, yearParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'downloadMyForm1099',
  path: '/affiliate/orgs/{orgId}/tax/1099/{year}/pdf',
  tags: ['affiliate'],
  summary: 'Your 1099-NEC copy B from this advertiser for the year, as PDF',
  security: bearer,
  request: { params: yearParams },
  responses: { 200: pdfResponse('Copy B'), ...pdfErrorResponses },
});

export const downloadMyForm1099Route = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  pdfDownload(await renderForm1099Pdf({ ctx: c.var.services(), input: { year: c.req.valid('param').year } })),
);
