import { type NotificationChannel, NotificationEvent, UserNotificationChannel } from '../../schema/enums';

/**
 * Channels on by default per event. In-app is always on; email carries what needs action or
 * concerns money, not every conversion (that would flood an active affiliate's mailbox);
 * Telegram is opt-in by linking the account, so once linked it carries everything. An event
 * missing here (one added later) gets in-app, email and Telegram.
 */
const DEFAULT_OFF: Partial<Record<NotificationEvent, readonly UserNotificationChannel[]>> = {
  conversion: ['email'],
};

export function defaultEnabled(event: NotificationEvent, channel: UserNotificationChannel): boolean {
  return !(DEFAULT_OFF[event] ?? []).includes(channel);
}

export interface ExplicitPreference {
  event: NotificationEvent;
  channel: UserNotificationChannel;
  enabled: boolean;
}

/** Whether the user gets the event on the channel: their explicit choice, else the default. */
export function isChannelEnabled(
  event: NotificationEvent,
  channel: UserNotificationChannel,
  explicit: readonly ExplicitPreference[],
): boolean {
  const chosen = explicit.find((p) => p.event === event && p.channel === channel);
  return chosen ? chosen.enabled : defaultEnabled(event, channel);
}

/**
 * The older shape of the same choices (PATCH /me `notificationSettings`): the channels wanted per
 * event. The preference cells are the one store; this is only read and written through them.
 */
export type ChannelLists = Partial<Record<NotificationEvent, NotificationChannel[]>>;

/**
 * The cells a channel list sets: every user channel of each listed event, on when listed. Events
 * left out keep their cells; `webhook` is chosen per endpoint, so it sets nothing here.
 */
export function channelListsToChanges(lists: ChannelLists): ExplicitPreference[] {
  return NotificationEvent.filter((event) => lists[event] !== undefined).flatMap((event) =>
    UserNotificationChannel.map((channel) => ({ event, channel, enabled: lists[event]!.includes(channel) })),
  );
}

/** Every event with the user channels it is delivered on, from the explicit cells and the defaults. */
export function channelListsOf(
  explicit: readonly ExplicitPreference[],
): Record<NotificationEvent, UserNotificationChannel[]> {
  return Object.fromEntries(
    NotificationEvent.map((event) => [
      event,
      UserNotificationChannel.filter((channel) => isChannelEnabled(event, channel, explicit)),
    ]),
  ) as Record<NotificationEvent, UserNotificationChannel[]>;
}
