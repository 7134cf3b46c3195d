import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { moveToGroup } from '../../services/enrollments';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { groupParams, moveToGroupBody, moveToGroupResult } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'moveToGroup',
  path: '/orgs/{orgId}/programs/{programId}/groups/{groupId}/members',
  tags: ['programs'],
  summary:
    'Move enrollments of the program into this group: future events earn its terms, earned commissions keep theirs',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: groupParams, body: jsonBody(moveToGroupBody) },
  responses: {
    200: {
      description: 'Moved (audited; each affiliate is notified)',
      content: { 'application/json': { schema: moveToGroupResult } },
    },
    ...errorResponses,
  },
});

export const moveToGroupRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, groupId } = c.req.valid('param');
  const result = await moveToGroup({
    ctx: c.var.services(),
    input: { programId, groupId, enrollmentIds: c.req.valid('json').enrollmentIds },
  });
  return c.json(result, 200);
});
