import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { markThreadRead } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { threadParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'markThreadRead',
  path: '/orgs/{orgId}/message-threads/{affiliateId}/read',
  tags: ['messages'],
  summary: 'Mark the thread read by you, up to its newest message',
  description: 'Your own mark: other members still see what they have not read. Owner or admin.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: threadParams },
  responses: { 204: { description: 'Marked' }, ...errorResponses },
});

export const markThreadReadRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await markThreadRead({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.body(null, 204);
});
