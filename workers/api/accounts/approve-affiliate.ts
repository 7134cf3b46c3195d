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
  summary: 'Approve a user as an affiliate (may then join programs)',
  security: [{ bearer: [] }],
  request: { params: userParams },
  responses: {
    200: { description: 'Approved', content: { 'application/json': { schema: approvedResponse } } },
    ...declareErrorResponses(400, 401, 403, 404),
  },
});

export const approveAffiliateRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await approveAffiliate({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.json(result, 200);
});
