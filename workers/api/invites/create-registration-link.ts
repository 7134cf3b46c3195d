import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createRegistrationLink } from '../../services/invites';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createRegistrationLinkBody, registrationLink, registrationLinkView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createRegistrationLink',
  path: '/orgs/{orgId}/registration-links',
  tags: ['invites'],
  summary: 'Create an invite link into one program (invite-only ones included) or the whole organization',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(createRegistrationLinkBody) },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: registrationLink } } },
    ...errorResponses,
  },
});

export const createRegistrationLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const link = await createRegistrationLink({
    ctx: c.var.services(),
    input: { ...body, expiresAt: body.expiresAt ? new Date(body.expiresAt) : null },
  });
  return c.json(registrationLinkView(link), 201);
});
