import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportConversions } from '../../services/conversions';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myConversionsExportQuery, platformConversionsExportQuery, conversionsExportQuery } from './schemas';
import { csvDownload, csvResponse } from '../shared/csv-download';

const advertiserRoute = createRoute({
  method: 'get',
  operationId: 'exportConversions',
  path: '/orgs/{orgId}/exports/conversions.csv',
  tags: ['conversions', 'exports'],
  summary: 'Your conversions as CSV: revenue, the direct affiliate’s payout, attribution; newest first',
  security: bearer,
  middleware: [knownQuery(conversionsExportQuery)] as const,
  request: { params: orgParams, query: conversionsExportQuery },
  responses: { 200: csvResponse('The conversions'), ...errorResponses },
});

export const exportConversionsRoute = new OpenAPIHono<AppEnv>().openapi(advertiserRoute, async (c) =>
  csvDownload(
    await exportConversions({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'advertiser' } }),
  ),
);

const affiliateRoute = createRoute({
  method: 'get',
  operationId: 'exportAffiliateConversions',
  path: '/affiliate/orgs/{orgId}/exports/conversions.csv',
  tags: ['affiliate', 'exports'],
  summary: 'Conversions credited to you by this advertiser as CSV, with your payout; newest first',
  security: bearer,
  middleware: [knownQuery(myConversionsExportQuery)] as const,
  request: { params: orgParams, query: myConversionsExportQuery },
  responses: { 200: csvResponse('Your conversions'), ...errorResponses },
});

export const exportMyConversionsRoute = new OpenAPIHono<AppEnv>().openapi(affiliateRoute, async (c) =>
  csvDownload(
    await exportConversions({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'affiliate' } }),
  ),
);

const platformRoute = createRoute({
  method: 'get',
  operationId: 'exportPlatformConversions',
  path: '/platform/exports/conversions.csv',
  tags: ['platform', 'exports'],
  summary: 'Every tenant’s conversions as CSV, for platform staff',
  security: bearer,
  middleware: [knownQuery(platformConversionsExportQuery)] as const,
  request: { query: platformConversionsExportQuery },
  responses: { 200: csvResponse('The conversions'), ...errorResponses },
});

export const exportPlatformConversionsRoute = new OpenAPIHono<AppEnv>().openapi(platformRoute, async (c) =>
  csvDownload(
    await exportConversions({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'platform' } }),
  ),
);
