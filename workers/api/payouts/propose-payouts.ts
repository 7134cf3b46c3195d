import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { proposeOrgPayouts } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { proposalResult } from './views';

const route = createRoute({
  method: 'post',
  operationId: 'proposePayouts',
  path: '/orgs/{orgId}/payouts/propose',
  tags: ['payouts'],
  summary: 'Propose payouts now (the daily cron does the same)',
  description:
    'Per currency, every affiliate whose approved balance (net of negative adjustments) reaches max(platform minimum, its programs’ payout minimum) and who has a verified PayPal email gets an item in the single proposed batch, created or extended. Owner or finance.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: {
      description:
        'The batches created or extended (empty when nobody qualified), and per currency the approved balances left out and why',
      content: { 'application/json': { schema: proposalResult } },
    },
    ...errorResponses,
  },
});

export const proposePayoutsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await proposeOrgPayouts({ ctx: c.var.services(), input: undefined });
  return c.json(
    { batches: result.batches.map(({ organizationId: _org, ...b }) => b), unproposed: result.unproposed },
    200,
  );
});
