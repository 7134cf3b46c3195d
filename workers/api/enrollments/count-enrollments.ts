import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { countEnrollments } from '../../services/enrollments';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { countEnrollmentsQuery, enrollmentCounts } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'countEnrollments',
  path: '/orgs/{orgId}/enrollment-counts',
  tags: ['enrollments'],
  summary: 'How many affiliates are in each enrollment status',
  security: bearer,
  request: { params: orgParams, query: countEnrollmentsQuery },
  responses: {
    200: { description: 'Enrollments per status', content: { 'application/json': { schema: enrollmentCounts } } },
    ...errorResponses,
  },
});

export const countEnrollmentsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const counts = await countEnrollments({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json({ counts }, 200);
});
