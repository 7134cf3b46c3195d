import { and, eq, gt, isNull } from 'drizzle-orm';
import { telegramLinkTokens, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { sha256Hex } from '../../domain/secret-token';
import { sendTelegramMessage, telegramConfig } from '../../integrations/telegram/send-message';
import { recordAudit } from '../audit';

/** The part of a Bot API Update we read: a private message's chat and text. */
export interface TelegramUpdate {
  update_id: number;
  message?: { chat?: { id?: number | string; type?: string }; text?: string };
}

export type TelegramUpdateOutcome = 'linked' | 'link_invalid' | 'ignored';

const START = /^\/start(?:@[A-Za-z0-9_]+)?\s+([A-Za-z0-9_-]{16,64})\s*$/;

const REPLIES = {
  linked: {
    en: 'Your account is linked: notifications will arrive in this chat. Unlink it any time in the notification settings.',
    ru: 'Аккаунт привязан: уведомления будут приходить в этот чат. Отвязать его можно в настройках уведомлений.',
  },
  link_invalid: {
    en: 'This link is used or has expired. Open the notification settings and connect Telegram again.',
    ru: 'Ссылка уже использована или устарела. Откройте настройки уведомлений и подключите Telegram заново.',
  },
} as const;

/** Constant-time comparison of two strings through their SHA-256, so neither length nor content leaks. */
async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([a, b].map((s) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))));
  const xa = new Uint8Array(x!);
  const ya = new Uint8Array(y!);
  let diff = 0;
  for (let i = 0; i < xa.length; i++) diff |= xa[i]! ^ ya[i]!;
  return diff === 0;
}

/**
 * The bot's webhook. The secret header must match TELEGRAM_WEBHOOK_SECRET (missing: 401, wrong:
 * 403). `/start <token>` in a private chat links that chat to the token's user when the token is
 * unused and unexpired (then it is used up) and confirms in the chat; anything else is ignored
 * with 200, as Telegram retries every other answer.
 */
export async function receiveTelegramUpdate({
  ctx,
  input,
}: ServiceCall<{ secret: string | null; update: TelegramUpdate }>): Promise<TelegramUpdateOutcome> {
  const expected = ctx.config.TELEGRAM_WEBHOOK_SECRET;
  if (!expected) throw new AppError('forbidden', 'The Telegram webhook is not configured');
  if (!input.secret) throw new AppError('unauthorized', 'X-Telegram-Bot-Api-Secret-Token is missing');
  if (!(await sameSecret(input.secret, expected))) throw new AppError('forbidden', 'Wrong Telegram secret token');

  const message = input.update.message;
  const chatId = message?.chat?.id;
  const match = message?.text ? START.exec(message.text) : null;
  if (!match || chatId === undefined || message?.chat?.type !== 'private') return 'ignored';
  const tokenHash = await sha256Hex(match[1]!);
  const linked = await inTransaction(ctx, async (tx) => {
    const [token] = await tx.db
      .update(telegramLinkTokens)
      .set({ usedAt: ctx.now })
      .where(
        and(
          eq(telegramLinkTokens.tokenHash, tokenHash),
          isNull(telegramLinkTokens.usedAt),
          gt(telegramLinkTokens.expiresAt, ctx.now),
        ),
      )
      .returning({ userId: telegramLinkTokens.userId });
    if (!token) return null;
    const [user] = await tx.db
      .update(users)
      .set({ telegramChatId: String(chatId), updatedAt: ctx.now })
      .where(and(eq(users.id, token.userId), isNull(users.deletedAt)))
      .returning({ id: users.id, locale: users.locale });
    if (!user) return null;
    await recordAudit({
      ctx: { ...tx, actor: { userId: user.id, platformRole: 'none' } },
      input: { action: 'telegram.link', targetType: 'user', targetId: user.id, organizationId: null },
    });
    return user;
  });
  const outcome = linked ? 'linked' : 'link_invalid';
  const bot = telegramConfig(ctx.config);
  if (bot) {
    const sent = await sendTelegramMessage(bot, {
      chatId: String(chatId),
      text: REPLIES[outcome][linked?.locale ?? 'en'],
    });
    if (sent.status !== 'sent') ctx.log.warn('telegram_reply_failed', { outcome, error: sent.error });
  }
  ctx.log.info('telegram_start', { outcome });
  return outcome;
}
