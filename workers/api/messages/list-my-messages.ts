import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listThreadMessages } from '../../services/messages';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { messagePageQuery, messageView, threadMessagePage } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyMessages',
  path: '/affiliate/orgs/{orgId}/messages',
  tags: ['affiliate'],
  summary: 'Your thread with this advertiser, newest message first; before= pages older ones',
  description:
    'One thread whatever programs of the advertiser you are in. Does not mark read (markMyMessagesRead does).',
  security: bearer,
  request: { params: orgParams, query: messagePageQuery },
  responses: {
    200: { description: 'A page of messages', content: { 'application/json': { schema: threadMessagePage } } },
    ...errorResponses,
  },
});

export const listMyMessagesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const page = await listThreadMessages({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json({ items: page.items.map(messageView), nextCursor: page.nextCursor }, 200);
});
