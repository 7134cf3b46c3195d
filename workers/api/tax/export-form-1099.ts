import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportForm1099 } from '../../services/tax';
import { csvDownload, csvResponse } from '../shared/csv-download';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { yearParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'exportForm1099',
  path: '/orgs/{orgId}/tax/1099/{year}/export.csv',
  tags: ['tax'],
  summary:
    'The year’s 1099-NEC as CSV in the fields of IRS Publication 1220’s payee record (TINs masked), with the rule applied',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: yearParams },
  responses: { 200: csvResponse('One row per payee'), ...errorResponses },
});

export const exportForm1099Route = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { csv, filename } = await exportForm1099({ ctx: c.var.services(), input: { year: c.req.valid('param').year } });
  return csvDownload({ filename, body: csv });
});
