import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { excludePayoutItem } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { excludeItemBody, itemParams } from './schemas';
import { batchView, payoutBatchSchema } from './views';

const route = createRoute({
  method: 'post',
  operationId: 'excludePayoutItem',
  path: '/orgs/{orgId}/payouts/{batchId}/items/{itemId}/exclude',
  tags: ['payouts'],
  summary: 'Take an item out of a proposed batch',
  description:
    'Its lines go back to the affiliate’s approved balance (proposed again next time if still eligible); the item is deleted and the totals follow. Proposed batches only (409 otherwise). Audited, with the reason when one is given.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: {
    params: itemParams,
    body: { content: { 'application/json': { schema: excludeItemBody } }, required: false },
  },
  responses: {
    200: { description: 'The batch after the change', content: { 'application/json': { schema: payoutBatchSchema } } },
    ...errorResponses,
  },
});

export const excludePayoutItemRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { batchId, itemId } = c.req.valid('param');
  const { reason } = c.req.valid('json') ?? {};
  return c.json(batchView(await excludePayoutItem({ ctx: c.var.services(), input: { batchId, itemId, reason } })), 200);
});
