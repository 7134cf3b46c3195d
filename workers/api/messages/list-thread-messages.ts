import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listThreadMessages } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { messagePageQuery, messageView, threadMessagePage, threadParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listThreadMessages',
  path: '/orgs/{orgId}/message-threads/{affiliateId}/messages',
  tags: ['messages'],
  summary: 'Your thread with one of your affiliates, newest message first; before= pages older ones',
  description:
    'Empty before the first message. 404 for an affiliate not enrolled with you. Does not mark read (markThreadRead does). ' +
    'Owner or admin; platform staff only under a running support-access grant (each read audited).',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: threadParams, query: messagePageQuery },
  responses: {
    200: { description: 'A page of messages', content: { 'application/json': { schema: threadMessagePage } } },
    ...errorResponses,
  },
});

export const listThreadMessagesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { affiliateId } = c.req.valid('param');
  const page = await listThreadMessages({ ctx: c.var.services(), input: { affiliateId, ...c.req.valid('query') } });
  return c.json({ items: page.items.map(messageView), nextCursor: page.nextCursor }, 200);
});
