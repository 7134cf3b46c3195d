import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listNotifications } from '../../services/notifications';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { notificationsPage, notificationsQuery, notificationView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyNotifications',
  path: '/me/notifications',
  tags: ['me', 'notifications'],
  summary: 'Your in-app notifications, newest first, with the unread count',
  security: bearer,
  request: { query: notificationsQuery },
  responses: {
    200: { description: 'A page of notifications', content: { 'application/json': { schema: notificationsPage } } },
    ...errorResponses,
  },
});

export const listMyNotificationsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const { rows, unreadCount } = await listNotifications({
    ctx: c.var.services(),
    input: { limit: query.limit, cursor: query.cursor, unreadOnly: query.unread },
  });
  return c.json({ ...toPage(rows, query.limit, notificationView), unreadCount }, 200);
});
