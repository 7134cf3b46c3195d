import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { declineInvitation } from '../../services/invites';
import { bearer, errorResponses, iso } from '../shared/schemas';
import type { AppEnv } from '../types';
import { declinedInvitation, myInvitationParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'declineInvitation',
  path: '/affiliate/invitations/{invitationId}/decline',
  tags: ['affiliate'],
  summary: 'Decline a program invitation sent to you; its mailed link stops working',
  description: 'Another person’s invitation is 404; an answered, withdrawn or expired one is 409 invitation_closed.',
  security: bearer,
  request: { params: myInvitationParams },
  responses: {
    200: { description: 'Declined', content: { 'application/json': { schema: declinedInvitation } } },
    ...errorResponses,
  },
});

export const declineInvitationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { id, declinedAt } = await declineInvitation({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.json({ id, declinedAt: iso(declinedAt) }, 200);
});
