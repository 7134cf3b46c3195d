import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listPrograms } from '../../services/programs';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { listProgramsQuery, programPage, programView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listPrograms',
  path: '/orgs/{orgId}/programs',
  tags: ['programs'],
  summary: "The organization's programs, newest first",
  security: bearer,
  request: { params: orgParams, query: listProgramsQuery },
  responses: {
    200: { description: 'A page of programs', content: { 'application/json': { schema: programPage } } },
    ...errorResponses,
  },
});

export const listProgramsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listPrograms({ ctx: c.var.services(), input: query });
  return c.json(toPage(rows, query.limit, programView), 200);
});
