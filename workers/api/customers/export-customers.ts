import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportCustomers } from '../../services/customers';
import { csvDownload, csvResponse } from '../shared/csv-download';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { customersExportQuery, myCustomersExportQuery } from './schemas';

const advertiserRoute = createRoute({
  method: 'get',
  operationId: 'exportCustomers',
  path: '/orgs/{orgId}/exports/customers.csv',
  tags: ['customers', 'exports'],
  summary: 'Referred customers as CSV with state, MRR and lifetime value (one line per currency); newest first',
  security: bearer,
  middleware: [knownQuery(customersExportQuery)] as const,
  request: { params: orgParams, query: customersExportQuery },
  responses: { 200: csvResponse('The customers'), ...errorResponses },
});

export const exportCustomersRoute = new OpenAPIHono<AppEnv>().openapi(advertiserRoute, async (c) =>
  csvDownload(
    await exportCustomers({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'advertiser' } }),
  ),
);

const affiliateRoute = createRoute({
  method: 'get',
  operationId: 'exportMyCustomers',
  path: '/affiliate/orgs/{orgId}/exports/customers.csv',
  tags: ['affiliate', 'exports'],
  summary: 'Customers you referred to this advertiser as CSV, masked, without revenue; newest first',
  security: bearer,
  middleware: [knownQuery(myCustomersExportQuery)] as const,
  request: { params: orgParams, query: myCustomersExportQuery },
  responses: { 200: csvResponse('Your customers'), ...errorResponses },
});

export const exportMyCustomersRoute = new OpenAPIHono<AppEnv>().openapi(affiliateRoute, async (c) =>
  csvDownload(
    await exportCustomers({ ctx: c.var.services(), input: { ...c.req.valid('query'), audience: 'affiliate' } }),
  ),
);
