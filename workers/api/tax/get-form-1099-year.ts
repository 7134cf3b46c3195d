import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { form1099Payees } from '../../services/tax';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { form1099Year, form1099YearJson, yearParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getForm1099Year',
  path: '/orgs/{orgId}/tax/1099/{year}',
  tags: ['tax'],
  summary: 'The year’s 1099-NEC payees and the rule applied (threshold, rails left out)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: yearParams },
  responses: {
    200: { description: 'The payees', content: { 'application/json': { schema: form1099Year } } },
    ...errorResponses,
  },
});

export const getForm1099YearRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { orgId, year } = c.req.valid('param');
  return c.json(
    form1099YearJson(await form1099Payees({ ctx: c.var.services(), input: { organizationId: orgId, year } })),
    200,
  );
});
