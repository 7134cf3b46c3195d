import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getConversion, reviewConversion } from '../../services/conversions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, optionalJsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { conversionDetail, conversionDetailView } from './conversion-views';
import { approveBody, conversionParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'approveConversion',
  path: '/orgs/{orgId}/conversions/{conversionId}/approve',
  tags: ['conversions'],
  summary: 'Approve a flagged conversion',
  description:
    'Releases it to its hold like any other conversion. Only a flagged conversion can be approved (409 otherwise). Owner or admin.',
  security: bearer,
  // Reviewing is a decision about affiliates' work, not a payment: owner and admin, as for enrollments.
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: conversionParams, body: optionalJsonBody(approveBody) },
  responses: {
    200: {
      description: 'The conversion after the decision',
      content: { 'application/json': { schema: conversionDetail } },
    },
    ...errorResponses,
  },
});

export const approveConversionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const { conversionId } = c.req.valid('param');
  // reviewConversion takes a reason for both decisions; an approval without a note audits as ''.
  await reviewConversion({
    ctx,
    input: { conversionId, decision: 'approve', reason: c.req.valid('json').reason ?? '' },
  });
  return c.json(conversionDetailView(await getConversion({ ctx, input: { conversionId } })), 200);
});
