import { and, eq, sql } from 'drizzle-orm';
import { emailOutbox } from '../../../schema';
import type { ServiceCall } from '../../context';
import { postEmail } from '../../integrations/email/post-email';

/**
 * Hands a queued email to the provider and records the outcome on the outbox row. Never throws: the
 * change that caused the email has committed, and a failed delivery stays visible as `failed` with its
 * error for a retry. Without EMAIL_API_BASE_URL (local, tests) it does nothing.
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
  const outcome = await postEmail({ baseUrl: base, apiKey: ctx.config.EMAIL_API_KEY }, email, send);
  await ctx.db
    .update(emailOutbox)
    .set({
      ...outcome,
      attempts: sql`${emailOutbox.attempts} + 1`,
      ...(outcome.status === 'sent' ? { sentAt: ctx.now } : {}),
    })
    .where(eq(emailOutbox.id, email.id));
  if (outcome.status === 'failed')
    ctx.log.error('email_delivery_failed', { outboxId: email.id, error: outcome.lastError });
}
