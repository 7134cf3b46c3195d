import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteProgramGroup } from '../../services/programs';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { groupParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteProgramGroup',
  path: '/orgs/{orgId}/programs/{programId}/groups/{groupId}',
  tags: ['programs'],
  summary: 'Delete an empty group (never the default: 409 default_group_required; with members: 409 group_has_members)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: groupParams },
  responses: {
    204: { description: 'Deleted; its registration links now place joiners in the default group' },
    ...errorResponses,
  },
});

export const deleteProgramGroupRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, groupId } = c.req.valid('param');
  await deleteProgramGroup({ ctx: c.var.services(), input: { programId, groupId } });
  return c.body(null, 204);
});
