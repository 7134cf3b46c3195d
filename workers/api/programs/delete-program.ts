import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteProgram } from '../../services/programs';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { programParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteProgram',
  path: '/orgs/{orgId}/programs/{programId}',
  tags: ['programs'],
  summary: 'Delete a draft program (archive a live one instead)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: programParams },
  responses: { 204: { description: 'Deleted, with its creatives' }, ...errorResponses },
});

export const deleteProgramRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteProgram({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } });
  return c.body(null, 204);
});
