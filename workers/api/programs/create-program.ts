import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createProgram } from '../../services/programs';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, planLimitResponse, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createProgramBody, program, programView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createProgram',
  path: '/orgs/{orgId}/programs',
  tags: ['programs'],
  summary: 'Create a program (campaign/offer) of one of your apps',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(createProgramBody) },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: program } } },
    ...errorResponses,
    ...planLimitResponse,
  },
});

export const createProgramRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createProgram({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(programView(row), 201);
});
