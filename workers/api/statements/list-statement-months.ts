import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listStatementMonths } from '../../services/statements';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { statementMonths } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listStatementMonths',
  path: '/orgs/{orgId}/statements/months',
  tags: ['finance'],
  summary: 'The months with anything earned, reversed or paid, newest first',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'Months', content: { 'application/json': { schema: statementMonths } } },
    ...errorResponses,
  },
});

export const listStatementMonthsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json({ items: await listStatementMonths({ ctx: c.var.services(), input: undefined }) }, 200),
);
