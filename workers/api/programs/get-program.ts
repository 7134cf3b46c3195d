import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getProgram } from '../../services/programs';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { program, programParams, programView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getProgram',
  path: '/orgs/{orgId}/programs/{programId}',
  tags: ['programs'],
  summary: 'One program with every setting',
  security: bearer,
  request: { params: programParams },
  responses: {
    200: { description: 'The program', content: { 'application/json': { schema: program } } },
    ...errorResponses,
  },
});

export const getProgramRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await getProgram({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } });
  return c.json(programView(row), 200);
});
