import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setOrgRailFees } from '../../services/rail-fees';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { orgRailFeesJson, orgRailFeesView, setOrgRailFeesBody } from './rail-fee-views';

const route = createRoute({
  method: 'put',
  operationId: 'setOrgRailFees',
  path: '/orgs/{orgId}/payout-fees',
  tags: ['payouts'],
  summary: 'Set what each payout rail costs the organization per item (its own contract with the provider)',
  description:
    'Owners only; audited as org_rail_fees.updated with the settings before and after. null for a rail returns it to the platform’s default. The next proposal uses the new fees; items already proposed keep theirs.',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(setOrgRailFeesBody) },
  responses: {
    200: { description: 'The fees now', content: { 'application/json': { schema: orgRailFeesView } } },
    ...errorResponses,
  },
});

export const setOrgRailFeesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  return c.json(orgRailFeesJson(await setOrgRailFees({ ctx: c.var.services(), input: body })), 200);
});
