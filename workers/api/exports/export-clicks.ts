import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportClicks } from '../../services/clicks';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myClicksExportQuery, platformClicksExportQuery, clicksExportQuery } from './schemas';
import { csvDownload, csvResponse } from '../shared/csv-download';

const advertiserRoute = createRoute({
  method: 'get',
  operationId: 'exportClicks',
  path: '/orgs/{orgId}/exports/clicks.csv',
  tags: ['clicks', 'exports'],
  summary: 'Your programs’ clicks as CSV, with the click log’s filters, newest first',
  security: bearer,
  middleware: [knownQuery(clicksExportQuery)] as const,
  request: { params: orgParams, query: clicksExportQuery },
  responses: { 200: csvResponse('The clicks'), ...errorResponses },
});

export const exportClicksRoute = new OpenAPIHono<AppEnv>().openapi(advertiserRoute, async (c) =>
  csvDownload(
    await exportClicks({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'advertiser' } }),
  ),
);

const affiliateRoute = createRoute({
  method: 'get',
  operationId: 'exportAffiliateClicks',
  path: '/affiliate/orgs/{orgId}/exports/clicks.csv',
  tags: ['affiliate', 'exports'],
  summary: 'Your clicks with this advertiser as CSV, with the click log’s filters, newest first',
  security: bearer,
  middleware: [knownQuery(myClicksExportQuery)] as const,
  request: { params: orgParams, query: myClicksExportQuery },
  responses: { 200: csvResponse('Your clicks'), ...errorResponses },
});

export const exportMyClicksRoute = new OpenAPIHono<AppEnv>().openapi(affiliateRoute, async (c) =>
  csvDownload(await exportClicks({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'affiliate' } })),
);

const platformRoute = createRoute({
  method: 'get',
  operationId: 'exportPlatformClicks',
  path: '/platform/exports/clicks.csv',
  tags: ['platform', 'exports'],
  summary: 'Every tenant’s clicks as CSV, for platform staff',
  security: bearer,
  middleware: [knownQuery(platformClicksExportQuery)] as const,
  request: { query: platformClicksExportQuery },
  responses: { 200: csvResponse('The clicks'), ...errorResponses },
});

export const exportPlatformClicksRoute = new OpenAPIHono<AppEnv>().openapi(platformRoute, async (c) =>
  csvDownload(await exportClicks({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'platform' } })),
);
