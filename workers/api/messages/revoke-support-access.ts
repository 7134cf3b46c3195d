import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { revokeSupportAccess } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { grantParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'revokeSupportAccess',
  path: '/orgs/{orgId}/support-access/{grantId}',
  tags: ['messages'],
  summary: 'End a support-access grant now',
  description: 'Audited. Owners only.',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: grantParams },
  responses: { 204: { description: 'Revoked' }, ...errorResponses },
});

export const revokeSupportAccessRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await revokeSupportAccess({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.body(null, 204);
});
