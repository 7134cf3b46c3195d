import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setApplicationForm } from '../../services/applications';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { applicationFormBody, applicationFormResult, programParams } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setApplicationForm',
  path: '/orgs/{orgId}/programs/{programId}/application/form',
  tags: ['programs'],
  summary: "Replace the program's application form (empty: ask nothing)",
  description: 'Applications already made keep the questions and answers they were given. Owners and admins; audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: programParams, body: jsonBody(applicationFormBody) },
  responses: {
    200: { description: 'The form', content: { 'application/json': { schema: applicationFormResult } } },
    ...errorResponses,
  },
});

export const setApplicationFormRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const questions = await setApplicationForm({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, questions: c.req.valid('json').questions },
  });
  return c.json({ questions }, 200);
});
