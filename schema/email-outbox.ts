import { index, integer, jsonb, text } from 'drizzle-orm/pg-core';
import { EmailStatus } from './enums';
import { logs } from './pg-schemas';
import { checkIn } from './util/checks';
import { createdAt, id, timestamptz } from './util/columns';

/**
 * Outgoing email. The local email provider writes here instead of sending, so tests and the
 * dev stack can read verification and reset links.
 */
export const emailOutbox = logs.table(
  'email_outbox',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** Recipient address. */
    to: text().notNull(),
    /** Subject line. */
    subject: text().notNull(),
    /** Plain-text body. */
    text: text().notNull(),
    /** HTML body, if any. */
    html: text(),
    /** Extra headers for the provider, e.g. List-Unsubscribe on marketing email; NULL: none. */
    headers: jsonb().$type<Record<string, string>>(),
    /** Display name of the sender (an advertiser's brand on its portal); NULL: EMAIL_FROM as configured. */
    fromName: text(),
    /** Which email it is, e.g. verify_email or password_reset. */
    template: text(),
    /** pending (not sent yet, or waiting for a retry), sent or failed (gave up after the last attempt). */
    status: text({ enum: EmailStatus }).notNull().default('pending'),
    /** The email provider's message id, once sent. */
    providerMessageId: text(),
    /** Send attempts so far. */
    attempts: integer().notNull().default(0),
    /** Error of the last failed attempt. */
    lastError: text(),
    /** pending with attempts > 0: when the next send attempt is due (retry with backoff). */
    nextAttemptAt: timestamptz(),
    /** When the email was queued. */
    createdAt: createdAt(),
    /** When the provider accepted it. */
    sentAt: timestamptz(),
  },
  (t) => [
    index('email_outbox_to_created_at_idx').on(t.to, t.createdAt),
    index('email_outbox_status_created_at_idx').on(t.status, t.createdAt),
    checkIn('email_outbox_status_check', t.status, EmailStatus),
  ],
);

export type EmailOutboxEntry = typeof emailOutbox.$inferSelect;
