import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateProgramWorkflow } from '../../services/workflows';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { programWorkflow, programWorkflowView, updateWorkflowBody, workflowColumns, workflowParams } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateProgramWorkflow',
  path: '/orgs/{orgId}/programs/{programId}/workflows/{workflowId}',
  tags: ['programs'],
  summary:
    'Change a workflow from now on (trigger and actions are replaced whole); crossings already acted on stay done',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: workflowParams, body: jsonBody(updateWorkflowBody) },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: programWorkflow } } },
    ...errorResponses,
  },
});

export const updateProgramWorkflowRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, workflowId } = c.req.valid('param');
  const row = await updateProgramWorkflow({
    ctx: c.var.services(),
    input: { programId, workflowId, changes: workflowColumns(c.req.valid('json')) },
  });
  return c.json(programWorkflowView(row), 200);
});
