import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createProgramWorkflow, type WorkflowSettings } from '../../services/workflows';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createWorkflowBody, programWorkflow, programWorkflowView, workflowColumns, workflowsParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createProgramWorkflow',
  path: '/orgs/{orgId}/programs/{programId}/workflows',
  tags: ['programs'],
  summary: 'Add a workflow: when a total reaches (or stays below) a value, move, pay a bonus and/or send a message',
  description:
    'At most 20 per program (409 workflow_limit_reached). Groups must be of the program and a bonus in its currency (400 validation_failed).',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: workflowsParams, body: jsonBody(createWorkflowBody) },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: programWorkflow } } },
    ...errorResponses,
  },
});

export const createProgramWorkflowRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createProgramWorkflow({
    ctx: c.var.services(),
    input: {
      programId: c.req.valid('param').programId,
      settings: workflowColumns(c.req.valid('json')) as WorkflowSettings,
    },
  });
  return c.json(programWorkflowView(row), 201);
});
