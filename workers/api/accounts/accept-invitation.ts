import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { acceptInvitation } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { acceptInvitationBody, acceptInvitationResponse } from './auth-schema';

const route = createRoute({
  method: 'post',
  operationId: 'acceptInvitation',
  security: publicAccess,
  path: '/auth/invitations/accept',
  tags: ['auth'],
  summary: 'Join an organization’s team or program from an invitation link, creating the account if the email has none',
  request: { body: { required: true, content: { 'application/json': { schema: acceptInvitationBody } } } },
  responses: {
    200: {
      description: 'Joined; sign in to continue',
      content: { 'application/json': { schema: acceptInvitationResponse } },
    },
    ...declareErrorResponses(400, 403, 409, 413, 415, 429),
  },
});

export const acceptInvitationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await acceptInvitation({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(result, 200);
});
