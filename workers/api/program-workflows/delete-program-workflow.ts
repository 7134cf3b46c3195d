import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteProgramWorkflow } from '../../services/workflows';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { workflowParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteProgramWorkflow',
  path: '/orgs/{orgId}/programs/{programId}/workflows/{workflowId}',
  tags: ['programs'],
  summary: 'Delete a workflow; the moves and bonuses it made stay',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: workflowParams },
  responses: {
    204: { description: 'Deleted' },
    ...errorResponses,
  },
});

export const deleteProgramWorkflowRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, workflowId } = c.req.valid('param');
  await deleteProgramWorkflow({ ctx: c.var.services(), input: { programId, workflowId } });
  return c.body(null, 204);
});
