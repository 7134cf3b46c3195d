import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteMessage } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { threadMessageParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteThreadMessage',
  path: '/orgs/{orgId}/message-threads/{affiliateId}/messages/{messageId}',
  tags: ['messages'],
  summary: 'Delete a message you wrote',
  description:
    'At any time. Its text and image go; the thread keeps its place as "message deleted". Only its author: ' +
    '403 forbidden for the affiliate’s or another member’s. Deleting again changes nothing. Owner or admin; audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: threadMessageParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

export const deleteThreadMessageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteMessage({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.body(null, 204);
});
