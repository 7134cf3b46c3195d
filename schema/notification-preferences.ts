import { boolean, char, index, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { NotificationEvent, UserNotificationChannel } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * A user's explicit choice for one event on one channel. No row: the product default
 * (workers/domain/notification-preferences.ts). Webhooks are per endpoint, not here.
 */
export const notificationPreferences = affiliate.table(
  'notification_preferences',
  {
    /** The user who chose. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The event the choice is for. */
    event: text({ enum: NotificationEvent }).notNull(),
    /** email, telegram or in_app. */
    channel: text({ enum: UserNotificationChannel }).notNull(),
    /** Whether the event is delivered on the channel. */
    enabled: boolean().notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.event, t.channel] }),
    checkIn('notification_preferences_event_check', t.event, NotificationEvent),
    checkIn('notification_preferences_channel_check', t.channel, UserNotificationChannel),
  ],
);

/** Single-use, expiring token of a Telegram deep link (`t.me/<bot>?start=<token>`); only its hash is kept. */
export const telegramLinkTokens = affiliate.table(
  'telegram_link_tokens',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The user the chat will be linked to. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token, hex. */
    tokenHash: text().notNull(),
    /** After this the token links nothing. */
    expiresAt: timestamptz().notNull(),
    /** When /start used it; NULL: unused. */
    usedAt: timestamptz(),
    /** When the link was made. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('telegram_link_tokens_token_hash_unique').on(t.tokenHash),
    index('telegram_link_tokens_user_id_idx').on(t.userId),
  ],
);

/**
 * Whether an affiliate's approved balance with an advertiser in a currency was at or above the
 * payout minimum when last checked: low_balance is sent when this flips, once per crossing.
 */
export const balanceAlertStates = affiliate.table(
  'balance_alert_states',
  {
    /** The advertiser the balance is with. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The affiliate (a user). */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** ISO 4217 code, upper case. */
    currency: char({ length: 3 }).notNull(),
    /** At or above the payout minimum at the last check. */
    reached: boolean().notNull(),
    /** When `reached` last changed. */
    changedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.affiliateId, t.currency] })],
);

export type NotificationPreference = typeof notificationPreferences.$inferSelect;
