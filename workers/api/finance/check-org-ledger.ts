import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { checkOrgLedger } from '../../services/finance';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { ledgerCheck } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'checkOrgLedger',
  path: '/orgs/{orgId}/finance/ledger-check',
  tags: ['finance'],
  summary: 'Checks this organization’s commission and payout ledger against its invariants (read-only)',
  description: 'The platform ledger check scoped to one advertiser. Owner or finance; platform staff and support read.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'ok, and every discrepancy found', content: { 'application/json': { schema: ledgerCheck } } },
    ...errorResponses,
  },
});

export const checkOrgLedgerRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(await checkOrgLedger({ ctx: c.var.services(), input: undefined }), 200);
});
