import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { unlinkTelegram } from '../../services/notifications';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { telegramUnlinked } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'unlinkTelegram',
  path: '/me/telegram',
  tags: ['me', 'notifications'],
  summary: 'Unlink your Telegram chat: no more Telegram messages (repeating is harmless)',
  security: bearer,
  responses: {
    200: { description: 'Unlinked', content: { 'application/json': { schema: telegramUnlinked } } },
    ...errorResponses,
  },
});

export const unlinkTelegramRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(await unlinkTelegram({ ctx: c.var.services(), input: undefined }), 200);
});
