import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { approveBountySubmission } from '../../services/bounties';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { decidedSubmission, decidedSubmissionView, submissionParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'approveBountySubmission',
  path: '/orgs/{orgId}/bounty-submissions/{submissionId}/approve',
  tags: ['bounties'],
  summary: 'Approve a submission: the affiliate wins the bounty and its bonus line is booked',
  description:
    'Every winner already chosen is 409 bounty_full (the submission stays pending); a decided submission is 409 conflict. Audited; the affiliate is notified.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: submissionParams },
  responses: {
    200: { description: 'Approved', content: { 'application/json': { schema: decidedSubmission } } },
    ...errorResponses,
  },
});

export const approveBountySubmissionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await approveBountySubmission({
    ctx: c.var.services(),
    input: { submissionId: c.req.valid('param').submissionId },
  });
  return c.json(decidedSubmissionView(row), 200);
});
