import { z } from '@hono/zod-openapi';
import { NotificationEvent, UserNotificationChannel } from '../../../schema/enums';
import type { Notification } from '../../services/notifications';
import { idParam, iso, isoOrNull, pageQuery, timestamp, uniqueBy } from '../shared/schemas';

export const notificationsQuery = pageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('true: unread only'),
});

export const notification = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid().nullable(),
    event: z.enum(NotificationEvent),
    title: z.string(),
    body: z.string(),
    data: z.record(z.string(), z.unknown()),
    createdAt: timestamp,
    readAt: timestamp.nullable(),
  })
  .openapi('Notification');

export const notificationsPage = z
  .object({
    items: z.array(notification),
    nextCursor: z.uuid().nullable().describe('Pass as cursor for the next page; null on the last'),
    unreadCount: z.number().int().describe('Unread in-app notifications in total, for the badge'),
  })
  .openapi('NotificationsPage');

export const notificationParams = z.object({ id: idParam('id') });

export const notificationView = (row: Notification): z.infer<typeof notification> => ({
  id: row.id,
  organizationId: row.organizationId,
  event: row.event,
  title: row.title,
  body: row.body,
  data: row.data ?? {},
  createdAt: iso(row.createdAt),
  readAt: isoOrNull(row.readAt),
});

const eventEnum = z.enum(NotificationEvent);
const channelEnum = z.enum(UserNotificationChannel);

export const notificationPreferences = z
  .object({
    audiences: z
      .array(z.enum(['affiliate', 'advertiser']))
      .describe('Affiliate, advertiser staff or both: only the events that can reach you are listed'),
    events: z.array(
      z.object({
        event: eventEnum,
        channels: z.array(
          z.object({
            channel: channelEnum,
            enabled: z.boolean(),
            isDefault: z.boolean().describe('No explicit choice: the default applies'),
            blockedBy: z
              .enum(['telegram_not_linked', 'telegram_unavailable'])
              .nullable()
              .describe(
                'Why the channel carries nothing now (enabled is then false; the choice is kept): Telegram not linked, or not set up on this server',
              ),
          }),
        ),
      }),
    ),
    telegram: z.object({
      available: z.boolean().describe('The deployment has a Telegram bot'),
      linked: z.boolean().describe('Your account is linked to a Telegram chat'),
    }),
  })
  .openapi('NotificationPreferences');

export const updateNotificationPreferencesBody = z
  .object({
    changes: z
      .array(z.object({ event: eventEnum, channel: channelEnum, enabled: z.boolean() }).strict())
      .max(200)
      .superRefine(uniqueBy((c) => `${c.event}/${c.channel}`, 'This event and channel'))
      .describe(
        'The cells to set; cells not sent keep their value. Each event and channel at most once: a repeat is refused (400 validation_failed, details code duplicate_entry)',
      ),
  })
  .strict()
  .openapi('UpdateNotificationPreferences');

export const telegramLink = z
  .object({
    url: z.url().describe('https://t.me/<bot>?start=<token>: open it and press Start'),
    expiresAt: timestamp,
  })
  .openapi('TelegramLink');

export const telegramUnlinked = z.object({ linked: z.literal(false) }).openapi('TelegramUnlinked');
