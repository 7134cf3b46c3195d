import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyEnrollments } from '../../services/enrollments';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myEnrollmentList, myEnrollmentView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyEnrollments',
  path: '/affiliate/orgs/{orgId}/programs',
  tags: ['affiliate'],
  summary: 'Your programs with one advertiser: codes, your terms and your tracking links',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: {
      description: 'Your enrollments with this advertiser',
      content: { 'application/json': { schema: myEnrollmentList } },
    },
    ...errorResponses,
  },
});

export const listMyEnrollmentsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const rows = await listMyEnrollments({ ctx, input: undefined });
  return c.json({ items: rows.map((row) => myEnrollmentView(row, ctx.config.APP_BASE_URL)) }, 200);
});
