import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportCommissions } from '../../services/conversions';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myCommissionsExportQuery, platformCommissionsExportQuery, commissionsExportQuery } from './schemas';
import { csvDownload, csvResponse } from '../shared/csv-download';

const advertiserRoute = createRoute({
  method: 'get',
  operationId: 'exportCommissions',
  path: '/orgs/{orgId}/exports/commissions.csv',
  tags: ['commissions', 'exports'],
  summary: 'Commission lines as CSV, each with its calculation and the payout that pays it; newest first',
  security: bearer,
  middleware: [knownQuery(commissionsExportQuery)] as const,
  request: { params: orgParams, query: commissionsExportQuery },
  responses: { 200: csvResponse('The lines'), ...errorResponses },
});

export const exportCommissionsRoute = new OpenAPIHono<AppEnv>().openapi(advertiserRoute, async (c) =>
  csvDownload(
    await exportCommissions({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'advertiser' } }),
  ),
);

const affiliateRoute = createRoute({
  method: 'get',
  operationId: 'exportAffiliateCommissions',
  path: '/affiliate/orgs/{orgId}/exports/commissions.csv',
  tags: ['affiliate', 'exports'],
  summary: 'Your commission lines from this advertiser as CSV, each with its calculation and payout; newest first',
  security: bearer,
  middleware: [knownQuery(myCommissionsExportQuery)] as const,
  request: { params: orgParams, query: myCommissionsExportQuery },
  responses: { 200: csvResponse('Your lines'), ...errorResponses },
});

export const exportMyCommissionsRoute = new OpenAPIHono<AppEnv>().openapi(affiliateRoute, async (c) =>
  csvDownload(
    await exportCommissions({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'affiliate' } }),
  ),
);

const platformRoute = createRoute({
  method: 'get',
  operationId: 'exportPlatformCommissions',
  path: '/platform/exports/commissions.csv',
  tags: ['platform', 'exports'],
  summary: 'Every tenant’s commission lines as CSV, for platform staff',
  security: bearer,
  middleware: [knownQuery(platformCommissionsExportQuery)] as const,
  request: { query: platformCommissionsExportQuery },
  responses: { 200: csvResponse('The lines'), ...errorResponses },
});

export const exportPlatformCommissionsRoute = new OpenAPIHono<AppEnv>().openapi(platformRoute, async (c) =>
  csvDownload(
    await exportCommissions({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'platform' } }),
  ),
);
