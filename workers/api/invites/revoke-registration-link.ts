import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { revokeRegistrationLink } from '../../services/invites';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { registrationLink, registrationLinkParams, registrationLinkView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'revokeRegistrationLink',
  path: '/orgs/{orgId}/registration-links/{registrationLinkId}/revoke',
  tags: ['invites'],
  summary: 'Revoke an invite link: nobody joins through it any more; enrollments it made stay',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: registrationLinkParams },
  responses: {
    200: { description: 'Revoked', content: { 'application/json': { schema: registrationLink } } },
    ...errorResponses,
  },
});

export const revokeRegistrationLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { registrationLinkId } = c.req.valid('param');
  const link = await revokeRegistrationLink({ ctx: c.var.services(), input: { linkId: registrationLinkId } });
  return c.json(registrationLinkView(link), 200);
});
