import { and, eq } from 'drizzle-orm';
import { notifications } from '../../../../schema';
import { inTransaction } from '../../../context';
import { deliverEmail, emailBrand, sendEmail } from '../../email';
import type { DeliveryChannel } from './types';

/**
 * Hands the message to the email outbox, in one transaction with marking the row sent, so a
 * second claim of the row never queues a second email; the outbox owns the provider retries.
 */
export const emailChannel: DeliveryChannel = {
  channel: 'email',
  deliver: async (ctx, n, recipient) => {
    if (!recipient.email) return { status: 'gone', error: 'the user has no email address' };
    const to = recipient.email;
    // The sender reads as the advertiser's white-label brand when the message is about one with a portal.
    const brand = await emailBrand({ ctx, input: { organizationId: n.organizationId, userId: n.userId } });
    const outboxId = await inTransaction(ctx, async (tx) => {
      const [handed] = await tx.db
        .update(notifications)
        .set({ status: 'sent', sentAt: ctx.now, lastError: null, nextAttemptAt: null, updatedAt: ctx.now })
        .where(and(eq(notifications.id, n.id), eq(notifications.status, 'pending')))
        .returning({ id: notifications.id });
      if (!handed) return null;
      const queued = await sendEmail({
        ctx: tx,
        input: { to, subject: n.title, text: n.body, template: `notification_${n.event}`, fromName: brand.fromName },
      });
      return queued.outboxId;
    });
    if (outboxId) await deliverEmail({ ctx, input: { outboxId } });
    return { status: 'sent' };
  },
};
