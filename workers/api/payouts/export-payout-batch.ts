import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportPayoutBatch } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { batchParams } from './schemas';
import { csvDownload, csvResponse } from '../shared/csv-download';

const route = createRoute({
  method: 'get',
  operationId: 'exportPayoutBatch',
  path: '/orgs/{orgId}/payouts/{batchId}/export.csv',
  tags: ['payouts'],
  summary:
    'A batch as CSV: item, affiliate, receiver, amount with decimals, currency, status, PayPal ids, failure reason',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: batchParams },
  responses: { 200: csvResponse('The batch’s items'), ...errorResponses },
});

export const exportPayoutBatchRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { csv, filename } = await exportPayoutBatch({
    ctx: c.var.services(),
    input: { batchId: c.req.valid('param').batchId },
  });
  return csvDownload({ filename, body: csv });
});
