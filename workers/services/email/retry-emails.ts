import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { deliverEmail } from './deliver-email';

/** How long a claimed email is left to its send before another run may take it. */
const LEASE = '2 minutes';
/** An email never tried this long after it was queued lost its post-commit send (the request ended). */
const STRANDED = '5 minutes';

/**
 * The minute sweep of the outbox: emails whose retry is due, and emails whose first send never
 * ran, are claimed (a lease on next_attempt_at, SKIP LOCKED, so concurrent runs split them) and
 * sent again. Nothing to do without a provider (EMAIL_API_BASE_URL unset: the dev mailbox).
 */
export async function retryEmails({ ctx, input }: ServiceCall<{ limit: number }>): Promise<{ tried: number }> {
  if (!ctx.config.EMAIL_API_BASE_URL) return { tried: 0 };
  const now = ctx.now.toISOString();
  const claimed = await ctx.db.execute(sql`
    UPDATE logs.email_outbox e SET next_attempt_at = ${now}::timestamptz + ${LEASE}::interval
    WHERE e.id IN (
      SELECT id FROM logs.email_outbox
      WHERE status = 'pending' AND (
        next_attempt_at <= ${now}::timestamptz
        OR (attempts = 0 AND next_attempt_at IS NULL AND created_at <= ${now}::timestamptz - ${STRANDED}::interval))
      ORDER BY created_at
      LIMIT ${input.limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING e.id`);
  const ids = (claimed.rows as { id: string }[]).map((r) => r.id);
  for (const outboxId of ids) await deliverEmail({ ctx, input: { outboxId } });
  return { tried: ids.length };
}
