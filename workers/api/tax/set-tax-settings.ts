import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setOrgTaxSettings } from '../../services/tax';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { taxSettings, taxSettingsInput, taxSettingsJson } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setTaxSettings',
  path: '/orgs/{orgId}/tax/settings',
  tags: ['tax'],
  summary: 'Save the tax settings (audited; the EIN is encrypted and never returned)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams, body: jsonBody(taxSettingsInput) },
  responses: {
    200: { description: 'The saved settings', content: { 'application/json': { schema: taxSettings } } },
    ...errorResponses,
  },
});

export const setTaxSettingsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(taxSettingsJson(await setOrgTaxSettings({ ctx: c.var.services(), input: c.req.valid('json') })), 200),
);
