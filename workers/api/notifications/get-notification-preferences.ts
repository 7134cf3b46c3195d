import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getNotificationPreferences } from '../../services/notifications';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { notificationPreferences } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getNotificationPreferences',
  path: '/me/notification-preferences',
  tags: ['me', 'notifications'],
  summary: 'Which events reach you on which channel (email, Telegram, in-app), and your Telegram link',
  security: bearer,
  responses: {
    200: { description: 'The matrix', content: { 'application/json': { schema: notificationPreferences } } },
    ...errorResponses,
  },
});

export const getNotificationPreferencesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(await getNotificationPreferences({ ctx: c.var.services(), input: undefined }), 200);
});
