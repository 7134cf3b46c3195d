import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { inviteAffiliate } from '../../services/invites';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { inviteAffiliateBody, programInvitation, programInvitationView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'inviteAffiliate',
  path: '/orgs/{orgId}/program-invitations',
  tags: ['invites'],
  summary: 'Invite an affiliate into a program by email; the link is valid for 7 days and enrolls as active',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(inviteAffiliateBody) },
  responses: {
    201: {
      description: 'Invited; the email is on its way',
      content: { 'application/json': { schema: programInvitation } },
    },
    ...errorResponses,
  },
});

export const inviteAffiliateRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const invitation = await inviteAffiliate({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(programInvitationView(invitation), 201);
});
