import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listProgramGroups } from '../../services/programs';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { groupsParams, programGroups, programGroupView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listProgramGroups',
  path: '/orgs/{orgId}/programs/{programId}/groups',
  tags: ['programs'],
  summary: "A program's partner groups, the default first, with their terms and member counts",
  security: bearer,
  request: { params: groupsParams },
  responses: {
    200: { description: 'The groups', content: { 'application/json': { schema: programGroups } } },
    ...errorResponses,
  },
});

export const listProgramGroupsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listProgramGroups({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } });
  return c.json({ items: rows.map(programGroupView) }, 200);
});
