import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listPayoutMinimums } from '../../services/payouts';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { payoutMinimumList, payoutMinimumView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listPayoutMinimums',
  path: '/platform/payout-minimums',
  tags: ['platform'],
  summary: 'The platform payout minimum of every currency PayPal pays out',
  description:
    'Per currency, in its minor units. A program may raise the minimum for lines in its own currency; a currency without a row is not paid out.',
  security: bearer,
  responses: {
    200: { description: 'By currency code', content: { 'application/json': { schema: payoutMinimumList } } },
    ...errorResponses,
  },
});

export const listPayoutMinimumsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listPayoutMinimums({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(payoutMinimumView) }, 200);
});
