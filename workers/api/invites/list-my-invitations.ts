import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyInvitations } from '../../services/invites';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myInvitations, myInvitationView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyInvitations',
  path: '/affiliate/invitations',
  tags: ['affiliate'],
  summary: 'Program invitations sent to your verified email and still open, oldest first',
  security: bearer,
  responses: {
    200: { description: 'Your open invitations', content: { 'application/json': { schema: myInvitations } } },
    ...errorResponses,
  },
});

export const listMyInvitationsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listMyInvitations({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(myInvitationView) }, 200);
});
