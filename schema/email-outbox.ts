import { index, integer, text } from 'drizzle-orm/pg-core';
import { EmailStatus } from './enums';
import { logs } from './pg-schemas';
import { checkIn } from './util/checks';
import { createdAt, id, timestamptz } from './util/columns';

// Outgoing email. The local email provider writes here instead of sending, so tests and the
// dev stack can read verification and reset links.
export const emailOutbox = logs.table(
  'email_outbox',
  {
    id: id(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    template: text(),
    status: text({ enum: EmailStatus }).notNull().default('pending'),
    providerMessageId: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: timestamptz(),
  },
  (t) => [
    index('email_outbox_to_created_at_idx').on(t.to, t.createdAt),
    index('email_outbox_status_created_at_idx').on(t.status, t.createdAt),
    checkIn('email_outbox_status_check', t.status, EmailStatus),
  ],
);

export type EmailOutboxEntry = typeof emailOutbox.$inferSelect;
