import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOrgTaxSettings } from '../../services/tax';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { taxSettings, taxSettingsJson } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getTaxSettings',
  path: '/orgs/{orgId}/tax/settings',
  tags: ['tax'],
  summary:
    'When tax forms are required, the 1099 rails left out, and the advertiser’s payer details (EIN by its last four)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The settings', content: { 'application/json': { schema: taxSettings } } },
    ...errorResponses,
  },
});

export const getTaxSettingsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(taxSettingsJson(await getOrgTaxSettings({ ctx: c.var.services(), input: undefined })), 200),
);
