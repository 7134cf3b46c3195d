import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { rejectAffiliate } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { rejectedResponse, rejectAffiliateBody, userParams } from './platform-schema';

const route = createRoute({
  operationId: 'rejectAffiliate',
  method: 'post',
  path: '/platform/users/{userId}/reject-affiliate',
  tags: ['platform'],
  summary: 'Reject a waiting affiliate account, with a reason it reads',
  description:
    'Platform owners and admins. The affiliate is told (in-app, email, Telegram as it chose, in its language) and cannot apply in the marketplace; programs an advertiser invited it to keep working, and staff may approve it later. Rejecting it again changes nothing; an approved account is 409 conflict (ban it instead); an account that is advertiser or platform staff only is 409 not_affiliate_account.',
  security: [{ bearer: [] }],
  request: {
    params: userParams,
    body: { required: false, content: { 'application/json': { schema: rejectAffiliateBody } } },
  },
  responses: {
    200: { description: 'Rejected', content: { 'application/json': { schema: rejectedResponse } } },
    ...declareErrorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export const rejectAffiliateRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await rejectAffiliate({
    ctx: c.var.services(),
    input: { userId: c.req.valid('param').userId, reason: c.req.valid('json').reason },
  });
  return c.json(result, 200);
});
