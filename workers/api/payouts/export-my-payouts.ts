import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportMyPayouts } from '../../services/payouts';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { csvDownload, csvResponse } from '../shared/csv-download';

const route = createRoute({
  method: 'get',
  operationId: 'exportMyPayouts',
  path: '/affiliate/payouts/export.csv',
  tags: ['affiliate'],
  summary: 'Your whole payout history as CSV',
  security: bearer,
  responses: { 200: csvResponse('Your payout items'), ...errorResponses },
});

export const exportMyPayoutsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { csv, filename } = await exportMyPayouts({ ctx: c.var.services(), input: {} });
  return csvDownload({ filename, body: csv });
});
