import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { revokeInvitation } from '../../services/accounts';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { invitationParams } from './team-schema';

const route = createRoute({
  method: 'delete',
  operationId: 'revokeInvitation',
  path: '/orgs/{orgId}/invitations/{invitationId}',
  tags: ['team'],
  summary: 'Withdraw an open invitation',
  security: [{ bearer: [] }],
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: invitationParams },
  responses: {
    204: { description: 'Withdrawn' },
    ...declareErrorResponses(400, 401, 403, 404),
  },
});

export const revokeInvitationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await revokeInvitation({ ctx: c.var.services(), input: { invitationId: c.req.valid('param').invitationId } });
  return c.body(null, 204);
});
