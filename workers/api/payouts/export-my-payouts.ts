import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportMyPayouts as exportCsv } from '../../services/payouts/export-my-payouts';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { csvDownload, csvResponse } from './schemas';

const route = createRoute({
  method: 'get',
  path: '/affiliate/payouts/export.csv',
  tags: ['affiliate'],
  summary: 'Your whole payout history as CSV',
  security: bearer,
  responses: { 200: csvResponse('Your payout items'), ...errorResponses },
});

export const exportMyPayouts = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { csv, filename } = await exportCsv({ ctx: c.var.services(), input: {} });
  return csvDownload(csv, filename);
});
