import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { quoteWiseBatch } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import { batchParams } from '../payouts/schemas';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { wiseBatchQuoteView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'quoteWiseBatch',
  path: '/orgs/{orgId}/payouts/{batchId}/wise-quote',
  tags: ['payouts'],
  summary: 'Wise’s fee for a batch’s Wise items, before sending',
  description:
    'Live Wise quotes (up to 50 items) for the batch’s Wise items not sent yet: each item’s fee, what leaves the Wise balance and what reaches the affiliate. Quotes expire; sending asks Wise again. 409 wise_not_configured; 503 wise_unavailable.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: batchParams },
  responses: {
    200: { description: 'The quotes', content: { 'application/json': { schema: wiseBatchQuoteView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const quoteWiseBatchRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { batchId } = c.req.valid('param');
  return c.json(await quoteWiseBatch({ ctx: c.var.services(), input: { batchId } }), 200);
});
