import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setApplicationForm } from '../../services/applications';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { applicationFormResult, groupApplicationFormBody, groupParams } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setGroupApplicationForm',
  path: '/orgs/{orgId}/programs/{programId}/groups/{groupId}/application-form',
  tags: ['programs'],
  summary: "Give a partner group its own application form, asked instead of the program's (null: the program's)",
  description: 'Owners and admins; audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: groupParams, body: jsonBody(groupApplicationFormBody) },
  responses: {
    200: { description: "The group's form", content: { 'application/json': { schema: applicationFormResult } } },
    ...errorResponses,
  },
});

export const setGroupApplicationFormRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, groupId } = c.req.valid('param');
  const questions = await setApplicationForm({
    ctx: c.var.services(),
    input: { programId, groupId, questions: c.req.valid('json').questions },
  });
  return c.json({ questions }, 200);
});
