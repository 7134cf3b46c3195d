import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { checkLedger } from '../../services/finance';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { ledgerCheck, ledgerCheckQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'checkLedger',
  path: '/platform/finance/ledger-check',
  tags: ['platform'],
  summary: 'Checks the commission and payout ledger against its invariants (read-only)',
  security: bearer,
  request: { query: ledgerCheckQuery },
  responses: {
    200: { description: 'ok, and every discrepancy found', content: { 'application/json': { schema: ledgerCheck } } },
    ...errorResponses,
  },
});

export const checkLedgerRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { organizationId } = c.req.valid('query');
  return c.json(await checkLedger({ ctx: c.var.services(), input: { organizationId } }), 200);
});
