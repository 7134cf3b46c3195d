import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getEnrollment } from '../../services/enrollments';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { enrollment, enrollmentParams, enrollmentView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getEnrollment',
  path: '/orgs/{orgId}/enrollments/{enrollmentId}',
  tags: ['enrollments'],
  summary: 'One enrollment',
  security: bearer,
  request: { params: enrollmentParams },
  responses: {
    200: { description: 'The enrollment', content: { 'application/json': { schema: enrollment } } },
    ...errorResponses,
  },
});

export const getEnrollmentRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(
    enrollmentView(
      await getEnrollment({ ctx: c.var.services(), input: { enrollmentId: c.req.valid('param').enrollmentId } }),
    ),
    200,
  );
});
