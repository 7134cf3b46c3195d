import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { inviteMember } from '../../services/accounts';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { serialize } from './serialize';
import { invitationSchema, inviteBody, orgParams } from './team-schema';

const route = createRoute({
  method: 'post',
  operationId: 'inviteMember',
  path: '/orgs/{orgId}/invitations',
  tags: ['team'],
  summary: 'Invite someone to the team by email; the link is valid for 7 days',
  security: [{ bearer: [] }],
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: { required: true, content: { 'application/json': { schema: inviteBody } } } },
  responses: {
    201: {
      description: 'Invited; the email is on its way',
      content: { 'application/json': { schema: invitationSchema } },
    },
    ...declareErrorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export const inviteMemberRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const invitation = await inviteMember({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(serialize(invitation), 201);
});
