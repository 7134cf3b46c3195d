import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listEnrollments } from '../../services/enrollments';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { enrollmentPage, enrollmentView, listEnrollmentsQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listEnrollments',
  path: '/orgs/{orgId}/enrollments',
  tags: ['enrollments'],
  summary: 'Affiliates in your programs, newest first',
  security: bearer,
  request: { params: orgParams, query: listEnrollmentsQuery },
  responses: {
    200: { description: 'A page of enrollments', content: { 'application/json': { schema: enrollmentPage } } },
    ...errorResponses,
  },
});

export const listEnrollmentsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listEnrollments({ ctx: c.var.services(), input: query });
  return c.json(toPage(rows, query.limit, enrollmentView), 200);
});
