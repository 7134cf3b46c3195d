import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { rejectBountySubmission } from '../../services/bounties';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { decidedSubmission, decidedSubmissionView, rejectBody, submissionParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'rejectBountySubmission',
  path: '/orgs/{orgId}/bounty-submissions/{submissionId}/reject',
  tags: ['bounties'],
  summary: 'Reject a submission with a reason the affiliate reads; they may submit again while it is open',
  description: 'A decided submission is 409 conflict. Audited; the affiliate is notified.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: submissionParams, body: jsonBody(rejectBody) },
  responses: {
    200: { description: 'Rejected', content: { 'application/json': { schema: decidedSubmission } } },
    ...errorResponses,
  },
});

export const rejectBountySubmissionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await rejectBountySubmission({
    ctx: c.var.services(),
    input: { submissionId: c.req.valid('param').submissionId, reason: c.req.valid('json').reason },
  });
  return c.json(decidedSubmissionView(row), 200);
});
