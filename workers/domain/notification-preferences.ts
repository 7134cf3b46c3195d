import type { NotificationEvent, UserNotificationChannel } from '../../schema/enums';

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

/** The legacy per-event channel list kept on the user row (users.notification_settings). */
export type LegacySettings = Partial<Record<NotificationEvent, readonly string[]>>;

/**
 * Whether the user gets the event on the channel: an explicit choice wins, then the legacy
 * per-event list (an event listed there gets exactly its channels), then the default.
 */
export function isChannelEnabled(
  event: NotificationEvent,
  channel: UserNotificationChannel,
  explicit: readonly ExplicitPreference[],
  legacy: LegacySettings = {},
): boolean {
  const chosen = explicit.find((p) => p.event === event && p.channel === channel);
  if (chosen) return chosen.enabled;
  const listed = legacy[event];
  if (listed) return listed.includes(channel);
  return defaultEnabled(event, channel);
}
