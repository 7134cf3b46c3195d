import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMessageThreads } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { messageThreadPage, threadListQuery, threadView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMessageThreads',
  path: '/orgs/{orgId}/message-threads',
  tags: ['messages'],
  summary: 'Your inbox: one thread per affiliate, latest message first',
  description:
    'Search by the affiliate’s name or email; unread=true keeps threads with messages you have not read (each member reads on their own). ' +
    'Owner or admin; platform staff only under a running support-access grant (each read audited).',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, query: threadListQuery },
  responses: {
    200: { description: 'A page of threads', content: { 'application/json': { schema: messageThreadPage } } },
    ...errorResponses,
  },
});

export const listMessageThreadsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const page = await listMessageThreads({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json({ items: page.items.map(threadView), nextCursor: page.nextCursor }, 200);
});
