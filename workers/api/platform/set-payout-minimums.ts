import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setPayoutMinimums } from '../../services/payouts';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { payoutMinimumList, payoutMinimumView, setPayoutMinimumsBody } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setPayoutMinimums',
  path: '/platform/payout-minimums',
  tags: ['platform'],
  summary: 'Set the payout minimum of one or more currencies',
  description:
    'Platform owners and admins (support reads only). Each value is in minor units of its currency; HUF, JPY and TWD must be whole units, since PayPal refuses their decimals (400 validation_failed). Audited per changed currency.',
  security: bearer,
  request: { body: jsonBody(setPayoutMinimumsBody) },
  responses: {
    200: { description: 'The rows set', content: { 'application/json': { schema: payoutMinimumList } } },
    ...errorResponses,
  },
});

export const setPayoutMinimumsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await setPayoutMinimums({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json({ items: rows.map(payoutMinimumView) }, 200);
});
