import { sql } from 'drizzle-orm';
import { index, integer, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { NotificationChannel, NotificationEvent, NotificationStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { id, timestamps, timestamptz } from './util/columns';

/**
 * One notification on one channel; in-app ones double as the user's inbox. Preferences live in
 * users.notification_settings. dedupe_key (event + subject + channel) makes a redelivered queue
 * message notify once.
 */
export const notifications = affiliate.table(
  'notifications',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The recipient. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The advertiser it concerns, if any. */
    organizationId: uuid().references(() => organizations.id, { onDelete: 'cascade' }),
    /** email, telegram, in_app or webhook. */
    channel: text({ enum: NotificationChannel }).notNull(),
    /** What happened: conversion, rejection, cancellation, low_balance, payout, postback_error or billing_payment_failed. */
    event: text({ enum: NotificationEvent }).notNull(),
    /** Short headline. */
    title: text().notNull(),
    /** Message text. */
    body: text().notNull(),
    /** Structured details of the event (ids, amounts), for links and webhooks. */
    data: jsonb().$type<Record<string, unknown>>(),
    /** pending (not delivered yet), sent or failed (gave up). */
    status: text({ enum: NotificationStatus }).notNull().default('pending'),
    /** Event + subject + channel: a redelivered request notifies once. */
    dedupeKey: text().notNull(),
    /** Delivery attempts so far. */
    attempts: integer().notNull().default(0),
    /** Error of the last failed attempt. */
    lastError: text(),
    /** Email and Telegram: when the next delivery attempt is due (pending rows). */
    nextAttemptAt: timestamptz(),
    /** When it was delivered. */
    sentAt: timestamptz(),
    /** When the user read an in-app notification; NULL: unread. */
    readAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    unique('notifications_dedupe_key_unique').on(t.dedupeKey),
    index('notifications_user_id_created_at_idx').on(t.userId, t.createdAt),
    index('notifications_organization_id_idx').on(t.organizationId),
    // The unread badge.
    index('notifications_unread_idx').on(t.userId).where(sql`${t.channel} = 'in_app' AND ${t.readAt} IS NULL`),
    // The delivery sweep of email and Telegram rows.
    index('notifications_pending_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    checkIn('notifications_channel_check', t.channel, NotificationChannel),
    checkIn('notifications_event_check', t.event, NotificationEvent),
    checkIn('notifications_status_check', t.status, NotificationStatus),
  ],
);

export type Notification = typeof notifications.$inferSelect;
