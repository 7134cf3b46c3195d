import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createProgramGroup } from '../../services/programs';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createGroupBody, groupsParams, programGroup, programGroupView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createProgramGroup',
  path: '/orgs/{orgId}/programs/{programId}/groups',
  tags: ['programs'],
  summary: 'Add a partner group with its own terms (empty until members are moved in or join through its link)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: groupsParams, body: jsonBody(createGroupBody) },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: programGroup } } },
    ...errorResponses,
  },
});

export const createProgramGroupRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createProgramGroup({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, settings: c.req.valid('json') },
  });
  return c.json(programGroupView({ ...row, memberCount: 0 }), 201);
});
