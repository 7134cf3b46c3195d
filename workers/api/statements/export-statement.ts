import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportStatement } from '../../services/statements';
import { csvDownload, csvResponse } from '../shared/csv-download';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { monthQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'exportStatement',
  path: '/orgs/{orgId}/statements/export.csv',
  tags: ['finance'],
  summary:
    'A month’s statement as CSV: one row per line behind each figure (entry earned|reversed|paid, at, currency, amount, affiliate, program, commission or payout item)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams, query: monthQuery },
  responses: { 200: csvResponse('The month’s lines'), ...errorResponses },
});

export const exportStatementRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { month } = c.req.valid('query');
  return csvDownload(await exportStatement({ ctx: c.var.services(), input: { month } }));
});
