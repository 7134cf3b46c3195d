import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { grantSupportAccess } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, id, iso, jsonBody, orgParams, timestamp } from '../shared/schemas';
import type { AppEnv } from '../types';
import { grantSupportAccessBody } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'grantSupportAccess',
  path: '/orgs/{orgId}/support-access',
  tags: ['messages'],
  summary: 'Let the platform’s staff read your message threads for some days (for a support case)',
  description: 'Audited; so is each thread staff read. Owners only (not staff acting through their platform role).',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(grantSupportAccessBody) },
  responses: {
    201: {
      description: 'Granted',
      content: { 'application/json': { schema: z.object({ id, expiresAt: timestamp }) } },
    },
    ...errorResponses,
  },
});

export const grantSupportAccessRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const grant = await grantSupportAccess({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json({ id: grant.id, expiresAt: iso(grant.expiresAt) }, 201);
});
