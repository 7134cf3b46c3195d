import { and, eq, sql } from 'drizzle-orm';
import { emailOutbox } from '../../../schema';
import type { ServiceCall } from '../../context';
import { nextDeliveryAttempt } from '../../domain/delivery-backoff';
import { emailSender } from '../../domain/email-sender';
import { postEmail } from '../../integrations/email/post-email';

/**
 * Hands a queued email to the provider and records the outcome on the outbox row. Never throws: the
 * change that caused the email has committed. A failed attempt stays `pending` with its error and
 * `next_attempt_at` (backoff) for retryEmails; after the last attempt it is `failed`. Without
 * EMAIL_API_BASE_URL (local, tests) it does nothing.
 */
export async function deliverEmail(
  { ctx, input }: ServiceCall<{ outboxId: string }>,
  send: typeof fetch = fetch,
): Promise<void> {
  const base = ctx.config.EMAIL_API_BASE_URL;
  if (!base) return;
  const [email] = await ctx.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.id, input.outboxId), eq(emailOutbox.status, 'pending')));
  if (!email) return;
  const outcome = await postEmail(
    { baseUrl: base, apiKey: ctx.config.EMAIL_API_KEY, from: emailSender(ctx.config.EMAIL_FROM, email.fromName) },
    email,
    send,
  );
  const attempts = email.attempts + 1;
  const next = outcome.status === 'failed' ? nextDeliveryAttempt(attempts, ctx.now) : null;
  await ctx.db
    .update(emailOutbox)
    .set(
      outcome.status === 'sent'
        ? { ...outcome, attempts: sql`${emailOutbox.attempts} + 1`, sentAt: ctx.now, nextAttemptAt: null }
        : {
            status: next ? 'pending' : 'failed',
            lastError: outcome.lastError,
            attempts: sql`${emailOutbox.attempts} + 1`,
            nextAttemptAt: next,
          },
    )
    .where(and(eq(emailOutbox.id, email.id), eq(emailOutbox.status, 'pending')));
  if (outcome.status === 'failed')
    (next ? ctx.log.warn : ctx.log.error).call(ctx.log, next ? 'email_delivery_retry' : 'email_delivery_failed', {
      outboxId: email.id,
      attempts,
      error: outcome.lastError,
    });
}
