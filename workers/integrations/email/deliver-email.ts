import { and, eq, sql } from 'drizzle-orm';
import { emailOutbox } from '../../../schema';
import type { ServiceCall } from '../../context';

const TIMEOUT_MS = 10_000;

/**
 * Hands a queued email to the provider (`POST {EMAIL_API_BASE_URL}/emails`, bearer EMAIL_API_KEY)
 * and records the outcome on the outbox row. Never throws: the change that caused the email has
 * committed, and a failed delivery stays visible as `failed` with its error for a retry.
 * Without EMAIL_API_BASE_URL (local, tests) it does nothing.
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
  let outcome: { status: 'sent'; providerMessageId: string | null } | { status: 'failed'; lastError: string };
  try {
    const res = await send(`${base.replace(/\/$/, '')}/emails`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(ctx.config.EMAIL_API_KEY ? { authorization: `Bearer ${ctx.config.EMAIL_API_KEY}` } : {}),
      },
      body: JSON.stringify({
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => null)) as { id?: unknown } | null;
    outcome = res.ok
      ? { status: 'sent', providerMessageId: typeof body?.id === 'string' ? body.id : null }
      : { status: 'failed', lastError: `provider answered ${res.status}` };
  } catch (err) {
    outcome = { status: 'failed', lastError: err instanceof Error ? err.message.slice(0, 500) : 'delivery failed' };
  }
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
