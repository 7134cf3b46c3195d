import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { countUnreadMessages } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { unreadMessages } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'countOrgUnreadMessages',
  path: '/orgs/{orgId}/unread-messages',
  tags: ['messages'],
  summary: 'How many of your affiliates’ messages you have not read (the inbox badge)',
  description: 'Counted per member. Owner or admin; 0 for platform staff.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The counts', content: { 'application/json': { schema: unreadMessages } } },
    ...errorResponses,
  },
});

export const countOrgUnreadMessagesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await countUnreadMessages({ ctx: c.var.services(), input: undefined }), 200),
);
