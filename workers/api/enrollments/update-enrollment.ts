import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateEnrollment } from '../../services/enrollments';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { enrollment, enrollmentParams, enrollmentView, updateEnrollmentBody } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateEnrollment',
  path: '/orgs/{orgId}/enrollments/{enrollmentId}',
  tags: ['enrollments'],
  summary: "Override an affiliate's rate, fixed amount or hold, or change its coupon code",
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: enrollmentParams, body: jsonBody(updateEnrollmentBody) },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: enrollment } } },
    ...errorResponses,
  },
});

export const updateEnrollmentRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await updateEnrollment({
    ctx: c.var.services(),
    input: { enrollmentId: c.req.valid('param').enrollmentId, changes: c.req.valid('json') },
  });
  return c.json(enrollmentView(row), 200);
});
