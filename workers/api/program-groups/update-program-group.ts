import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateProgramGroup } from '../../services/programs';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { groupParams, programGroup, programGroupView, updateGroupBody } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateProgramGroup',
  path: '/orgs/{orgId}/programs/{programId}/groups/{groupId}',
  tags: ['programs'],
  summary: "Change a group's name, look or terms (for events from now on; earned commissions keep theirs)",
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: groupParams, body: jsonBody(updateGroupBody) },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: programGroup } } },
    ...errorResponses,
  },
});

export const updateProgramGroupRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, groupId } = c.req.valid('param');
  const row = await updateProgramGroup({
    ctx: c.var.services(),
    input: { programId, groupId, changes: c.req.valid('json') },
  });
  return c.json(programGroupView(row), 200);
});
