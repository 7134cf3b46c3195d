import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setAutoApproval } from '../../services/applications';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { autoApprovalBody, autoApprovalResult, programParams } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setAutoApproval',
  path: '/orgs/{orgId}/programs/{programId}/application/auto-approval',
  tags: ['programs'],
  summary: "Replace the program's auto-approval rules: any one matching approves an application at once",
  description:
    'Rules: everyone; country (of the request that applied); email_domain (exactly the domain); answer (to a question of one of the forms, case-insensitive). Each automatic approval is audited as enrollment.auto_approved with the rule. Owners and admins; audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: programParams, body: jsonBody(autoApprovalBody) },
  responses: {
    200: { description: 'The rules', content: { 'application/json': { schema: autoApprovalResult } } },
    ...errorResponses,
  },
});

export const setAutoApprovalRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rules = await setAutoApproval({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, rules: c.req.valid('json').rules },
  });
  return c.json({ rules }, 200);
});
