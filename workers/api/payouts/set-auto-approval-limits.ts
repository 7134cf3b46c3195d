import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setAutoApprovalLimits } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { autoApprovalLimitsJson, autoApprovalLimitsSchema, setAutoApprovalLimitsBody } from './schedule-views';

const route = createRoute({
  method: 'put',
  operationId: 'setAutoApprovalLimits',
  path: '/orgs/{orgId}/payout-auto-approval',
  tags: ['payouts'],
  summary: 'Replace the auto-approval limits (an empty list turns auto-approval off)',
  description:
    'Owners and admins; audited as org_auto_approval.updated. Each limit is above 0 in minor units (400 validation_failed otherwise), each currency once and one payouts are made in (400 payout_currency_unsupported). A proposal whose batch totals the limit or less is approved by the system in the same transaction (audited as payout_batch.auto_approved); over it, a second person approves.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(setAutoApprovalLimitsBody) },
  responses: {
    200: { description: 'The limits now', content: { 'application/json': { schema: autoApprovalLimitsSchema } } },
    ...errorResponses,
  },
});

export const setAutoApprovalLimitsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const limits = await setAutoApprovalLimits({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(autoApprovalLimitsJson(limits), 200);
});
