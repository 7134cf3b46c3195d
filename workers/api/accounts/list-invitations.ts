import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listInvitations } from '../../services/accounts';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { serialize } from './serialize';
import { invitationsResponse, orgParams } from './team-schema';

const route = createRoute({
  method: 'get',
  operationId: 'listInvitations',
  path: '/orgs/{orgId}/invitations',
  tags: ['team'],
  summary: 'Open team invitations',
  security: [{ bearer: [] }],
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'Invitations, newest first', content: { 'application/json': { schema: invitationsResponse } } },
    ...declareErrorResponses(400, 401, 403, 404),
  },
});

export const listInvitationsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const invitations = await listInvitations({ ctx: c.var.services(), input: {} });
  return c.json({ invitations: serialize(invitations) }, 200);
});
