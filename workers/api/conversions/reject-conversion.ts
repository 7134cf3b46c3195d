import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getConversion, reviewConversion } from '../../services/conversions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { conversionDetail, conversionDetailView } from './conversion-views';
import { conversionParams, rejectBody } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'rejectConversion',
  path: '/orgs/{orgId}/conversions/{conversionId}/reject',
  tags: ['conversions'],
  summary: 'Reject a conversion, with a reason the affiliate sees',
  description:
    'Works on any conversion not yet rejected or reversed (409 otherwise). Unpaid commissions become rejected; paid ones get a negative adjustment on the next balance. Owner or admin.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: conversionParams, body: jsonBody(rejectBody) },
  responses: {
    200: {
      description: 'The conversion after the decision',
      content: { 'application/json': { schema: conversionDetail } },
    },
    ...errorResponses,
  },
});

export const rejectConversionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const { conversionId } = c.req.valid('param');
  await reviewConversion({ ctx, input: { conversionId, decision: 'reject', reason: c.req.valid('json').reason } });
  return c.json(conversionDetailView(await getConversion({ ctx, input: { conversionId } })), 200);
});
