import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { countUnreadMessages } from '../../services/messages';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { unreadMessages } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'countMyUnreadMessages',
  path: '/affiliate/orgs/{orgId}/unread-messages',
  tags: ['affiliate'],
  summary: 'How many of this advertiser’s messages you have not read (the Messages badge)',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'The counts', content: { 'application/json': { schema: unreadMessages } } },
    ...errorResponses,
  },
});

export const countMyUnreadMessagesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await countUnreadMessages({ ctx: c.var.services(), input: undefined }), 200),
);
