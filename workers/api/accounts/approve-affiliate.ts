import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { approveAffiliate } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { approvedResponse, userParams } from './platform-schema';

const route = createRoute({
  method: 'post',
  operationId: 'approveAffiliate',
  path: '/platform/users/{userId}/approve-affiliate',
  tags: ['platform'],
  summary: 'Approve an affiliate account (it may then apply in the marketplace)',
  description:
    'Platform owners and admins. A waiting or rejected affiliate account becomes approved and is told so (in-app, email, Telegram as it chose, in its language); approving it again changes nothing. An account that is advertiser or platform staff only is no affiliate: 409 not_affiliate_account.',
  security: [{ bearer: [] }],
  request: { params: userParams },
  responses: {
    200: { description: 'Approved', content: { 'application/json': { schema: approvedResponse } } },
    ...declareErrorResponses(400, 401, 403, 404, 409),
  },
});

export const approveAffiliateRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await approveAffiliate({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.json(result, 200);
});
