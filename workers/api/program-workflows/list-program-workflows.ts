import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listProgramWorkflows } from '../../services/workflows';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { programWorkflows, programWorkflowView, workflowsParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listProgramWorkflows',
  path: '/orgs/{orgId}/programs/{programId}/workflows',
  tags: ['programs'],
  summary: "A program's workflows (promotions, bonuses and the way down), in the order they are evaluated",
  security: bearer,
  request: { params: workflowsParams },
  responses: {
    200: { description: 'The workflows', content: { 'application/json': { schema: programWorkflows } } },
    ...errorResponses,
  },
});

export const listProgramWorkflowsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listProgramWorkflows({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId },
  });
  return c.json({ items: rows.map(programWorkflowView) }, 200);
});
