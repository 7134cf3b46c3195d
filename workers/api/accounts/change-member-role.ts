import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { changeMemberRole } from '../../services/accounts';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { changeRoleBody, changeRoleResponse, memberParams } from './team-schema';

const route = createRoute({
  method: 'patch',
  operationId: 'changeMemberRole',
  path: '/orgs/{orgId}/members/{userId}',
  tags: ['team'],
  summary: 'Change a member’s role (owners manage owners; the last owner cannot be demoted)',
  security: [{ bearer: [] }],
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: {
    params: memberParams,
    body: { required: true, content: { 'application/json': { schema: changeRoleBody } } },
  },
  responses: {
    200: { description: 'The new role', content: { 'application/json': { schema: changeRoleResponse } } },
    ...declareErrorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export const changeMemberRoleRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await changeMemberRole({
    ctx: c.var.services(),
    input: { userId: c.req.valid('param').userId, role: c.req.valid('json').role },
  });
  return c.json(result, 200);
});
