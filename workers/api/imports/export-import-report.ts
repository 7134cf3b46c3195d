import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportImportReport } from '../../services/imports';
import { csvDownload, csvResponse } from '../shared/csv-download';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { importParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'exportImportReport',
  path: '/orgs/{orgId}/imports/{importId}/report.csv',
  tags: ['imports', 'exports'],
  summary: "An import's report as CSV: each record, its verdict and why, and what the run made of it",
  security: bearer,
  request: { params: importParams },
  responses: { 200: csvResponse('The report'), ...errorResponses },
});

export const exportImportReportRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  csvDownload(await exportImportReport({ ctx: c.var.services(), input: { importId: c.req.valid('param').importId } })),
);
