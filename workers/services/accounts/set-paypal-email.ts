import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { deliverEmail } from '../email';
import { recordAudit } from '../audit';
import { changePaypalEmail } from './change-paypal-email';
import { getProfile, type Profile } from './get-profile';
import { limitPaypalVerification } from './limit-paypal-verification';
import { sendPaypalVerification } from './send-paypal-verification';

/**
 * Sets the payout address and mails it a verification link. The same address again, still
 * unverified, gets a fresh link (a resend); an address already verified is left as it is.
 */
export async function setPaypalEmail({ ctx, input }: ServiceCall<{ userId: string; email: string }>): Promise<Profile> {
  const paypalEmail = input.email.toLowerCase();
  await limitPaypalVerification({ ctx, input: { userId: input.userId } });
  const outbox = await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw new NotFoundError('user', input.userId);
    const same = before.paypalEmail === paypalEmail;
    if (same && before.paypalEmailVerifiedAt) return [];
    const sent = same
      ? {
          ...(await sendPaypalVerification({
            ctx: tx,
            input: { userId: before.id, paypalEmail, locale: before.locale },
          })),
          noticeOutboxId: null,
        }
      : await changePaypalEmail({ ctx: tx, input: { userId: before.id, paypalEmail, locale: before.locale } });
    await recordAudit({
      ctx: tx,
      input: {
        action: same ? 'user.paypal_email_verification_resent' : 'user.paypal_email_changed',
        targetType: 'user',
        targetId: before.id,
        before: { paypalEmail: before.paypalEmail, paypalEmailVerifiedAt: before.paypalEmailVerifiedAt },
        after: { paypalEmail, paypalEmailVerifiedAt: null },
      },
    });
    return [sent.outboxId, sent.noticeOutboxId];
  });
  for (const outboxId of outbox) if (outboxId) await deliverEmail({ ctx, input: { outboxId } });
  return getProfile({ ctx, input: { userId: input.userId } });
}
