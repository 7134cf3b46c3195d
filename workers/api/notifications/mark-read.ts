import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { markNotificationRead } from '../../services/notifications';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { notification, notificationParams, notificationView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'markRead',
  path: '/me/notifications/{id}/read',
  tags: ['me', 'notifications'],
  summary: 'Mark one of your notifications read (repeating is harmless)',
  security: bearer,
  request: { params: notificationParams },
  responses: {
    200: { description: 'The notification', content: { 'application/json': { schema: notification } } },
    ...errorResponses,
  },
});

export const markReadRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await markNotificationRead({ ctx: c.var.services(), input: { id: c.req.valid('param').id } });
  return c.json(notificationView(row), 200);
});
