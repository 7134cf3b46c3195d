import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMembers } from '../../services/accounts';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { serialize } from './serialize';
import { membersResponse, orgParams } from './team-schema';

const route = createRoute({
  method: 'get',
  operationId: 'listMembers',
  path: '/orgs/{orgId}/members',
  tags: ['team'],
  summary: 'The organization’s team members and their roles',
  security: [{ bearer: [] }],
  middleware: [requireMemberRole('owner', 'admin', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'Members', content: { 'application/json': { schema: membersResponse } } },
    ...declareErrorResponses(400, 401, 403, 404),
  },
});

export const listMembersRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const members = await listMembers({ ctx: c.var.services(), input: {} });
  return c.json({ members: serialize(members) }, 200);
});
