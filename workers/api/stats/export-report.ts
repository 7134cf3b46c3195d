import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportReport } from '../../services/stats';
import { csvDownload, csvResponse } from '../shared/csv-download';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { affiliateStatsReportQuery, platformReportQuery, statsReportQuery } from './schemas';

// The report's own parameters: limit sizes the pages read, and the file holds every page from the first.
const advertiserRoute = createRoute({
  method: 'get',
  operationId: 'exportStatsReport',
  path: '/orgs/{orgId}/stats/report.csv',
  tags: ['stats', 'exports'],
  summary: 'The whole report as CSV (every page), one line per row and currency',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin', 'finance')] as const,
  request: { params: orgParams, query: statsReportQuery },
  responses: { 200: csvResponse('The report'), ...errorResponses },
});

export const exportOrgReportRoute = new OpenAPIHono<AppEnv>().openapi(advertiserRoute, async (c) =>
  csvDownload(
    await exportReport({ ctx: c.var.services(), input: { query: c.req.valid('query'), audience: 'advertiser' } }),
  ),
);

const affiliateRoute = createRoute({
  method: 'get',
  operationId: 'exportAffiliateStatsReport',
  path: '/affiliate/orgs/{orgId}/stats/report.csv',
  tags: ['affiliate', 'exports'],
  summary: 'Your report with this advertiser as CSV (every page); payout only, never revenue',
  security: bearer,
  request: { params: orgParams, query: affiliateStatsReportQuery },
  responses: { 200: csvResponse('Your report'), ...errorResponses },
});

export const exportAffiliateReportRoute = new OpenAPIHono<AppEnv>().openapi(affiliateRoute, async (c) =>
  csvDownload(
    await exportReport({ ctx: c.var.services(), input: { query: c.req.valid('query'), audience: 'affiliate' } }),
  ),
);

const platformRoute = createRoute({
  method: 'get',
  operationId: 'exportPlatformStatsReport',
  path: '/platform/stats/report.csv',
  tags: ['platform', 'exports'],
  summary: 'The report across advertisers, or for one, as CSV (every page)',
  security: bearer,
  request: { query: platformReportQuery },
  responses: { 200: csvResponse('The report'), ...errorResponses },
});

export const exportPlatformReportRoute = new OpenAPIHono<AppEnv>().openapi(platformRoute, async (c) => {
  const { organizationId, ...query } = c.req.valid('query');
  return csvDownload(
    await exportReport({ ctx: c.var.services(), input: { query, audience: 'platform', organizationId } }),
  );
});
