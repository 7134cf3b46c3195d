import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getEnrollment as get } from '../../services/enrollments/get-enrollment';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { enrollment, enrollmentParams, enrollmentView } from './schemas';

const route = createRoute({
  method: 'get',
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

export const getEnrollment = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(
    enrollmentView(await get({ ctx: c.var.services(), input: { enrollmentId: c.req.valid('param').enrollmentId } })),
    200,
  );
});
