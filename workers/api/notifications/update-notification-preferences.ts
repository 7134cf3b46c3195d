import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateNotificationPreferences } from '../../services/notifications';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { notificationPreferences, updateNotificationPreferencesBody } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'updateNotificationPreferences',
  path: '/me/notification-preferences',
  tags: ['me', 'notifications'],
  summary: 'Turn events on or off per channel; answers the whole matrix',
  security: bearer,
  request: {
    body: { required: true, content: { 'application/json': { schema: updateNotificationPreferencesBody } } },
  },
  responses: {
    200: { description: 'The matrix', content: { 'application/json': { schema: notificationPreferences } } },
    ...errorResponses,
  },
});

export const updateNotificationPreferencesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { changes } = c.req.valid('json');
  return c.json(await updateNotificationPreferences({ ctx: c.var.services(), input: { changes } }), 200);
});
