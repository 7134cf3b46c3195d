import { emailOutbox } from '../../../schema';
import type { ServiceCall } from '../../context';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** Which template produced it (workers/domain/email-templates.ts), for the outbox and the dev mailbox. */
  template: string;
  /** HTML alternative of `text`, already safe (rendered by our own Markdown subset). */
  html?: string | null;
  /** Extra headers (List-Unsubscribe on marketing email). */
  headers?: Record<string, string> | null;
  /** The sender's display name (an advertiser's brand: emailBrand); absent or null: EMAIL_FROM as configured. */
  fromName?: string | null;
}

/**
 * Queues an email in logs.email_outbox, in the caller's transaction: it exists exactly when the
 * change it announces committed. Delivery to the provider is deliverEmail's job, after commit;
 * locally (no EMAIL_API_BASE_URL) the row stays `pending` and the dev mailbox shows it.
 */
export async function sendEmail({ ctx, input }: ServiceCall<EmailMessage>): Promise<{ outboxId: string }> {
  const [row] = await ctx.db
    .insert(emailOutbox)
    .values({
      to: input.to.toLowerCase(),
      subject: input.subject,
      text: input.text,
      html: input.html ?? null,
      headers: input.headers ?? null,
      template: input.template,
      fromName: input.fromName ?? null,
      status: 'pending',
      createdAt: ctx.now,
    })
    .returning({ id: emailOutbox.id });
  return { outboxId: row!.id };
}
