import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createTelegramLink } from '../../services/notifications';
import { declareErrorResponses } from '../openapi-errors';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { telegramLink } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createTelegramLink',
  path: '/me/telegram/link',
  tags: ['me', 'notifications'],
  summary: 'A single-use deep link to the bot that links your account to your Telegram chat (15 minutes)',
  security: bearer,
  responses: {
    201: { description: 'The link', content: { 'application/json': { schema: telegramLink } } },
    ...declareErrorResponses(401, 409),
  },
});

export const createTelegramLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const link = await createTelegramLink({ ctx: c.var.services(), input: undefined });
  return c.json({ url: link.url, expiresAt: link.expiresAt.toISOString() }, 201);
});
