import { z } from '@hono/zod-openapi';
import type { DeadLetter } from '../../services/system';
import { idParam, iso, isoOrNull, page, pageQuery, timestamp } from '../shared/schemas';

export const deadLettersQuery = pageQuery.extend({
  queue: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/, 'A queue name such as postbacks')
    .optional()
    .describe('Only this source queue'),
  replayed: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});

export const deadLetter = z
  .object({
    id: z.uuid(),
    queue: z.string().describe('The queue the message came from'),
    messageId: z.string(),
    body: z.unknown(),
    reason: z.string().nullable().describe('Why it was dead-lettered: the consumer’s reason, or max_retries_exceeded'),
    attempts: z.number().int(),
    createdAt: timestamp,
    replayedAt: timestamp.nullable(),
    replayedById: z.uuid().nullable(),
  })
  .openapi('DeadLetter');

export const deadLettersPage = page(deadLetter, 'DeadLettersPage');

export const deadLetterParams = z.object({ id: idParam('id') });

export const deadLetterView = (row: DeadLetter): z.infer<typeof deadLetter> => ({
  id: row.id,
  queue: row.queue,
  messageId: row.messageId,
  body: row.body,
  reason: row.reason,
  attempts: row.attempts,
  createdAt: iso(row.createdAt),
  replayedAt: isoOrNull(row.replayedAt),
  replayedById: row.replayedById,
});
