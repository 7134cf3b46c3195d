import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listTaxForms } from '../../services/tax';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { registerPage, registerQuery, registerRowJson } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listTaxForms',
  path: '/orgs/{orgId}/tax/forms',
  tags: ['tax'],
  summary: 'The tax forms register: every enrolled affiliate with the form that counts here (TIN by its last four)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams, query: registerQuery },
  responses: {
    200: { description: 'A page of affiliates', content: { 'application/json': { schema: registerPage } } },
    ...errorResponses,
  },
});

export const listTaxFormsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listTaxForms({ ctx: c.var.services(), input: query });
  return c.json(toPage(rows, query.limit, registerRowJson), 200);
});
