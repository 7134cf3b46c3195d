import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { changeEnrollmentStatus } from '../../services/enrollments';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, planLimitResponse, optionalJsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { enrollment, enrollmentActionBody, enrollmentActionParams, enrollmentView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'changeEnrollmentStatus',
  path: '/orgs/{orgId}/enrollments/{enrollmentId}/{action}',
  tags: ['enrollments'],
  summary: 'Approve, reject, suspend, reactivate or terminate an affiliate in a program',
  description:
    'pending → approve → active, pending → reject → rejected, active ⇄ suspended, any open status → terminate. Anything else is 409.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: enrollmentActionParams, body: optionalJsonBody(enrollmentActionBody) },
  responses: {
    200: { description: 'The enrollment after the change', content: { 'application/json': { schema: enrollment } } },
    ...errorResponses,
    ...planLimitResponse,
  },
});

export const changeEnrollmentStatusRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { enrollmentId, action } = c.req.valid('param');
  const row = await changeEnrollmentStatus({
    ctx: c.var.services(),
    input: { enrollmentId, action, reason: c.req.valid('json').reason },
  });
  return c.json(enrollmentView(row), 200);
});
