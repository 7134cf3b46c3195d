import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { acceptMyInvitation } from '../../services/accounts';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { acceptedInvitation, myInvitationParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'acceptMyInvitation',
  path: '/affiliate/invitations/{invitationId}/accept',
  tags: ['affiliate'],
  summary: 'Accept a program invitation sent to you: join the program, with what an import kept for you',
  description: 'Another person’s invitation is 404; an answered, withdrawn or expired one is 409 invitation_closed.',
  security: bearer,
  request: { params: myInvitationParams },
  responses: {
    200: { description: 'Joined', content: { 'application/json': { schema: acceptedInvitation } } },
    ...errorResponses,
  },
});

export const acceptMyInvitationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await acceptMyInvitation({ ctx: c.var.services(), input: c.req.valid('param') }), 200),
);
