import { eq } from 'drizzle-orm';
import { notificationPreferences, users } from '../../../schema';
import { NotificationEvent, UserNotificationChannel } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { isChannelEnabled } from '../../domain/notification-preferences';
import { actorId } from '../tenant-scope';

export interface PreferenceCell {
  channel: UserNotificationChannel;
  enabled: boolean;
  /** No explicit choice: the product default applies. */
  isDefault: boolean;
}

export interface NotificationPreferences {
  events: { event: NotificationEvent; channels: PreferenceCell[] }[];
  telegram: { available: boolean; linked: boolean };
}

/** The signed-in user's event × channel matrix, every event and channel listed, and the Telegram link state. */
export async function getNotificationPreferences({ ctx }: ServiceCall<void>): Promise<NotificationPreferences> {
  const userId = actorId(ctx);
  const [user] = await ctx.db.select({ chatId: users.telegramChatId }).from(users).where(eq(users.id, userId));
  if (!user) throw new NotFoundError('user', userId);
  const explicit = await ctx.db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return {
    events: NotificationEvent.map((event) => ({
      event,
      channels: UserNotificationChannel.map((channel) => ({
        channel,
        enabled: isChannelEnabled(event, channel, explicit),
        isDefault: !explicit.some((p) => p.event === event && p.channel === channel),
      })),
    })),
    telegram: {
      available: Boolean(ctx.config.TELEGRAM_BOT_TOKEN && ctx.config.TELEGRAM_BOT_USERNAME),
      linked: user.chatId !== null,
    },
  };
}
