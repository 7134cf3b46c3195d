import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { readRailFees } from '../../services/rail-fees';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { orgRailFeesJson, orgRailFeesView } from './rail-fee-views';

const route = createRoute({
  method: 'get',
  operationId: 'getOrgRailFees',
  path: '/orgs/{orgId}/payout-fees',
  tags: ['payouts'],
  summary: 'What each payout rail costs the organization per item, and where each figure comes from',
  description:
    'Owners and finance. Per rail: basis points, a fixed part in the item currency’s minor units and an optional cap; the organization’s own setting, else the platform’s default, else the built-in list price.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The fees', content: { 'application/json': { schema: orgRailFeesView } } },
    ...errorResponses,
  },
});

export const getOrgRailFeesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { orgId } = c.req.valid('param');
  return c.json(orgRailFeesJson(await readRailFees({ ctx: c.var.services(), input: { organizationId: orgId } })), 200);
});
