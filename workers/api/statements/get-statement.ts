import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getStatement } from '../../services/statements';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { monthQuery, statementJson, statementView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getStatement',
  path: '/orgs/{orgId}/statements',
  tags: ['finance'],
  summary: 'A month’s statement: earned, reversed, paid and net per currency',
  description:
    'Computed from the commission lines and payout items as they are now (docs/finance.md, Statements). Owners and finance.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams, query: monthQuery },
  responses: {
    200: { description: 'The statement', content: { 'application/json': { schema: statementView } } },
    ...errorResponses,
  },
});

export const getStatementRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { month } = c.req.valid('query');
  return c.json(statementJson(await getStatement({ ctx: c.var.services(), input: { month } })), 200);
});
