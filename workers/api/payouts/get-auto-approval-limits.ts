import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getAutoApprovalLimits } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { autoApprovalLimitsJson, autoApprovalLimitsSchema } from './schedule-views';

const route = createRoute({
  method: 'get',
  operationId: 'getAutoApprovalLimits',
  path: '/orgs/{orgId}/payout-auto-approval',
  tags: ['payouts'],
  summary: 'The totals per currency under which the system approves a proposed batch',
  description: 'Owners, admins and finance. No limit for a currency: its batches wait for a second person.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The limits', content: { 'application/json': { schema: autoApprovalLimitsSchema } } },
    ...errorResponses,
  },
});

export const getAutoApprovalLimitsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(autoApprovalLimitsJson(await getAutoApprovalLimits({ ctx: c.var.services(), input: undefined })), 200);
});
