import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { receiveTelegramUpdate, type TelegramUpdate } from '../../services/notifications';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';

const PATH = '/v1/telegram/webhook';

const route = createRoute({
  method: 'post',
  operationId: 'receiveTelegramWebhook',
  security: [{ telegramSecret: [] }],
  path: PATH,
  tags: ['inbound events'],
  summary: 'Telegram bot webhook (Bot API updates; /start <token> links an account)',
  description:
    'Public. X-Telegram-Bot-Api-Secret-Token must equal TELEGRAM_WEBHOOK_SECRET (the secret_token given to setWebhook): missing answers 401, wrong 403. Every other update answers 200, as Telegram retries anything else.',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ update_id: z.number() }).passthrough() } },
    },
  },
  responses: {
    200: {
      description: 'Handled or ignored',
      content: {
        'application/json': {
          schema: z.object({ outcome: z.enum(['linked', 'link_invalid', 'ignored']) }).openapi('TelegramWebhookResult'),
        },
      },
    },
    ...declareErrorResponses(401, 403, 413),
  },
});

export const receiveTelegramWebhookRoute = new OpenAPIHono<AppEnv>();
// Document only: the secret is checked before the body is trusted, so a forged request with a
// malformed body is refused as unauthenticated, not as invalid.
receiveTelegramWebhookRoute.openAPIRegistry.registerPath(route);

receiveTelegramWebhookRoute.post(PATH, async (c) => {
  const body = await c.req.json().catch(() => null);
  const update: TelegramUpdate = body && typeof body === 'object' ? (body as TelegramUpdate) : { update_id: 0 };
  const outcome = await receiveTelegramUpdate({
    ctx: c.var.services(),
    input: { secret: c.req.header('x-telegram-bot-api-secret-token') ?? null, update },
  });
  return c.json({ outcome }, 200);
});
