import { index, integer, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { logs } from './pg-schemas';
import { createdAt, id, timestamptz } from './util/columns';

// Poison queue messages drained from the dead-letter queues, for admins to inspect and replay.
// (queue, message_id) is unique so a redelivered dead letter is recorded once.
export const deadLetters = logs.table(
  'dead_letters',
  {
    id: id(),
    queue: text().notNull(),
    messageId: text().notNull(),
    body: jsonb().notNull(),
    reason: text(),
    attempts: integer().notNull().default(0),
    createdAt: createdAt(),
    replayedAt: timestamptz(),
    replayedById: uuid(),
  },
  (t) => [
    unique('dead_letters_queue_message_id_unique').on(t.queue, t.messageId),
    index('dead_letters_created_at_idx').on(t.createdAt),
  ],
);

export type DeadLetter = typeof deadLetters.$inferSelect;
