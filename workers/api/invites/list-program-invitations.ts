import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listProgramInvitations } from '../../services/invites';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { programInvitations, programInvitationView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listProgramInvitations',
  path: '/orgs/{orgId}/program-invitations',
  tags: ['invites'],
  summary: 'List program invitations neither accepted nor revoked; expired and declined ones are flagged',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The invitations', content: { 'application/json': { schema: programInvitations } } },
    ...errorResponses,
  },
});

export const listProgramInvitationsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listProgramInvitations({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(programInvitationView) }, 200);
});
