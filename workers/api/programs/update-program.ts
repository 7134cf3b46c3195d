import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateProgram } from '../../services/programs';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { program, programParams, programView, updateProgramBody } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateProgram',
  path: '/orgs/{orgId}/programs/{programId}',
  tags: ['programs'],
  summary: 'Change settings or status (draft → active ⇄ paused → archived)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: programParams, body: jsonBody(updateProgramBody) },
  responses: {
    200: {
      description: 'Updated; the tracker picks the change up',
      content: { 'application/json': { schema: program } },
    },
    ...errorResponses,
  },
});

export const updateProgramRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await updateProgram({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, changes: c.req.valid('json') },
  });
  return c.json(programView(row), 200);
});
