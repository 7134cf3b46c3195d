import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { deliverEmail } from '../email';
import { limitByIp } from '../access';
import { reserveAttempt } from './reserve-attempt';
import { sendVerificationEmail } from './send-verification-email';

/** Mails a fresh verification link when the address has an unverified account; silent otherwise. */
export async function resendVerification({ ctx, input }: ServiceCall<{ email: string }>): Promise<void> {
  const email = input.email.toLowerCase();
  await limitByIp({ ctx, input: { action: 'verification' } });
  // Counted for every address, registered or not, so the limit itself tells nothing.
  await reserveAttempt({ ctx, input: { bucket: 'verification_resend', key: email } });
  const outboxId = await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db.select().from(users).where(eq(users.email, email));
    if (!user || user.emailVerified || user.deletedAt || user.banned) return null;
    return (await sendVerificationEmail({ ctx: tx, input: { userId: user.id, email, locale: user.locale } })).outboxId;
  });
  if (outboxId) await deliverEmail({ ctx, input: { outboxId } });
}
