import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listWaitingRefunds } from '../../services/conversion-sources';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { waitingRefundView, waitingRefundsList, waitingRefundsQuery } from './schemas';

const route = createRoute({
  operationId: 'listWaitingRefunds',
  method: 'get',
  path: '/orgs/{orgId}/waiting-refunds',
  tags: ['conversions'],
  summary: 'Stripe refunds waiting for the sale they refund, oldest first, with why and what to do',
  description:
    'A refund names only its payment; on Stripe API versions from 2025-03-31 on, only invoice_payment.paid says which ' +
    'invoice (sale) a payment paid. Each refund here waits for its sale or that link, and is settled by itself as soon as ' +
    'they arrive; after 3 days it is settled with nothing reversed. The review queue lists them.',
  security: bearer,
  request: { params: orgParams, query: waitingRefundsQuery },
  responses: {
    200: { description: 'The waiting refunds', content: { 'application/json': { schema: waitingRefundsList } } },
    ...errorResponses,
  },
});

export const listWaitingRefundsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { items, total } = await listWaitingRefunds({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json({ items: items.map(waitingRefundView), total }, 200);
});
