import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { revokeProgramInvitation } from '../../services/invites';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { programInvitationParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'revokeProgramInvitation',
  path: '/orgs/{orgId}/program-invitations/{invitationId}',
  tags: ['invites'],
  summary: 'Withdraw an open program invitation; its link stops working',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: programInvitationParams },
  responses: { 204: { description: 'Withdrawn' }, ...errorResponses },
});

export const revokeProgramInvitationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { invitationId } = c.req.valid('param');
  await revokeProgramInvitation({ ctx: c.var.services(), input: { invitationId } });
  return c.body(null, 204);
});
