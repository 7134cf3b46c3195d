import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { removeMember } from '../../services/accounts';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { memberParams } from './team-schema';

const route = createRoute({
  method: 'delete',
  operationId: 'removeMember',
  path: '/orgs/{orgId}/members/{userId}',
  tags: ['team'],
  summary: 'Remove a member from the team (never the last owner)',
  security: [{ bearer: [] }],
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: memberParams },
  responses: {
    204: { description: 'Removed' },
    ...declareErrorResponses(400, 401, 403, 404, 409),
  },
});

export const removeMemberRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await removeMember({ ctx: c.var.services(), input: { userId: c.req.valid('param').userId } });
  return c.body(null, 204);
});
