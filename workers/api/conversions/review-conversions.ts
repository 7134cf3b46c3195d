import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { reviewConversions } from '../../services/conversions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { bulkReviewBody, bulkReviewResult, MAX_BULK_REVIEW } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'reviewConversions',
  path: '/orgs/{orgId}/conversions/review',
  tags: ['conversions'],
  summary: 'Approve or reject many conversions at once',
  description: `Up to ${MAX_BULK_REVIEW} conversions, each decided in its own transaction exactly as the single approve or reject (same money rules, audit entry and notice to the affiliate). Not all-or-nothing: the answer lists each conversion with its new status, or with the error that single call would have given (not_found for a conversion that is not yours, conflict for one already decided). Owner or admin.`,
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(bulkReviewBody) },
  responses: {
    200: {
      description: 'Each conversion’s outcome, in the order asked',
      content: { 'application/json': { schema: bulkReviewResult } },
    },
    ...errorResponses,
  },
});

export const reviewConversionsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const results = await reviewConversions({
    ctx: c.var.services(),
    input: { conversionIds: body.conversionIds, decision: body.decision, reason: body.reason ?? '' },
  });
  const items = results.map((r) =>
    r.ok
      ? { conversionId: r.conversionId, ok: true, status: r.status }
      : { conversionId: r.conversionId, ok: false, error: { code: r.code, message: r.message } },
  );
  const decided = results.filter((r) => r.ok).length;
  return c.json({ items, decided, refused: results.length - decided }, 200);
});
