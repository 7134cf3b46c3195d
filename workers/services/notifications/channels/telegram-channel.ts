import { and, eq } from 'drizzle-orm';
import { users } from '../../../../schema';
import { sendTelegramMessage, telegramConfig } from '../../../integrations/telegram/send-message';
import type { DeliveryChannel } from './types';

/** Bot API sendMessage to the linked chat; a 403 (the user blocked the bot) unlinks the account. */
export const telegramChannel: DeliveryChannel = {
  channel: 'telegram',
  deliver: async (ctx, n, recipient) => {
    const bot = telegramConfig(ctx.config);
    if (!bot) return { status: 'gone', error: 'the Telegram bot is not configured' };
    const chatId = recipient.telegramChatId;
    if (!chatId) return { status: 'gone', error: 'Telegram is not linked' };
    const outcome = await sendTelegramMessage(bot, { chatId, text: n.body });
    if (outcome.status === 'sent') return { status: 'sent' };
    if (outcome.status === 'blocked') {
      // Only this chat: the user may have linked another one meanwhile.
      await ctx.db
        .update(users)
        .set({ telegramChatId: null, updatedAt: ctx.now })
        .where(and(eq(users.id, recipient.userId), eq(users.telegramChatId, chatId)));
      ctx.log.warn('telegram_unlinked_blocked', { userId: recipient.userId, notificationId: n.id });
      return { status: 'gone', error: outcome.error };
    }
    return { status: 'retry', error: outcome.error, retryAfterSeconds: outcome.retryAfterSeconds };
  },
};
