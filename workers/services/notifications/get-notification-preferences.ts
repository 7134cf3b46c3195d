import { and, eq } from 'drizzle-orm';
import { memberships, notificationPreferences, users } from '../../../schema';
import { type NotificationEvent, UserNotificationChannel } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { eventsForAudiences, type NotificationAudience } from '../../domain/notification-audience';
import { isChannelEnabled } from '../../domain/notification-preferences';
import { NotFoundError } from '../../errors/app-error';
import { actorId, isAffiliateAccount, portalScope } from '../access';

/** Why a channel cannot carry anything for this user now; the switch is off until that changes. */
export type ChannelBlock = 'telegram_not_linked' | 'telegram_unavailable';

export interface PreferenceCell {
  channel: UserNotificationChannel;
  /** Whether the event is delivered on the channel: the choice, and off while the channel is blocked. */
  enabled: boolean;
  /** No explicit choice: the product default applies. */
  isDefault: boolean;
  blockedBy: ChannelBlock | null;
}

export interface NotificationPreferences {
  /** The user's audiences: the events listed are those that can reach them. */
  audiences: NotificationAudience[];
  events: { event: NotificationEvent; channels: PreferenceCell[] }[];
  telegram: { available: boolean; linked: boolean };
}

/**
 * The signed-in user's event × channel matrix: the events that can reach them (as an affiliate, as
 * advertiser staff, or both), every channel, and the Telegram link state. A Telegram cell reads off
 * while Telegram is not linked (nothing would arrive); the choice is kept for when it is.
 */
export async function getNotificationPreferences({ ctx }: ServiceCall<void>): Promise<NotificationPreferences> {
  const userId = actorId(ctx);
  const [user] = await ctx.db.select({ chatId: users.telegramChatId }).from(users).where(eq(users.id, userId));
  if (!user) throw new NotFoundError('user', userId);
  const explicit = await ctx.db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const [membership] = await ctx.db
    .select({ organizationId: memberships.organizationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eqIf(memberships.organizationId, portalScope(ctx))))
    .limit(1);
  const audiences: NotificationAudience[] = [
    ...((await isAffiliateAccount({ ctx, input: undefined })) ? (['affiliate'] as const) : []),
    ...(membership ? (['advertiser'] as const) : []),
  ];
  const telegram = {
    available: Boolean(ctx.config.TELEGRAM_BOT_TOKEN && ctx.config.TELEGRAM_BOT_USERNAME),
    linked: user.chatId !== null,
  };
  const blockOf = (channel: UserNotificationChannel): ChannelBlock | null => {
    if (channel !== 'telegram') return null;
    if (!telegram.available) return 'telegram_unavailable';
    return telegram.linked ? null : 'telegram_not_linked';
  };
  return {
    audiences,
    events: eventsForAudiences(audiences).map((event) => ({
      event,
      channels: UserNotificationChannel.map((channel) => {
        const blockedBy = blockOf(channel);
        return {
          channel,
          enabled: blockedBy === null && isChannelEnabled(event, channel, explicit),
          isDefault: !explicit.some((p) => p.event === event && p.channel === channel),
          blockedBy,
        };
      }),
    })),
    telegram,
  };
}
