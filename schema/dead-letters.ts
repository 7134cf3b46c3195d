import { index, integer, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { logs } from './pg-schemas';
import { createdAt, id, timestamptz } from './util/columns';

/**
 * Poison queue messages drained from the dead-letter queues, for admins to inspect and replay.
 * (queue, message_id) is unique so a redelivered dead letter is recorded once.
 */
export const deadLetters = logs.table(
  'dead_letters',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The queue the message failed on. */
    queue: text().notNull(),
    /** The queue's message id. */
    messageId: text().notNull(),
    /** The message body, to replay it. */
    body: jsonb().notNull(),
    /** Why processing failed, if known. */
    reason: text(),
    /** Deliveries tried before it was dead-lettered. */
    attempts: integer().notNull().default(0),
    /** When it was recorded. */
    createdAt: createdAt(),
    /** When an admin re-queued it; a letter is replayed at most once. */
    replayedAt: timestamptz(),
    /** The admin who replayed it. */
    replayedById: uuid(),
  },
  (t) => [
    unique('dead_letters_queue_message_id_unique').on(t.queue, t.messageId),
    index('dead_letters_created_at_idx').on(t.createdAt),
  ],
);

export type DeadLetter = typeof deadLetters.$inferSelect;
