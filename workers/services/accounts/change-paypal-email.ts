import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { Locale } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { sendPaypalVerification } from './send-paypal-verification';

/**
 * Sets (or clears) the PayPal address inside the caller's transaction, the user row locked. A new
 * address is unverified until its owner opens the link mailed to it, so money never follows an
 * address typed by whoever holds a session. Open payout items keep their own receiver_email.
 */
export async function changePaypalEmail({
  ctx,
  input,
}: ServiceCall<{ userId: string; paypalEmail: string | null; locale: Locale }>): Promise<{ outboxId: string | null }> {
  await ctx.db
    .update(users)
    .set({ paypalEmail: input.paypalEmail, paypalEmailVerifiedAt: null })
    .where(eq(users.id, input.userId));
  if (input.paypalEmail === null) return { outboxId: null };
  return sendPaypalVerification({
    ctx,
    input: { userId: input.userId, paypalEmail: input.paypalEmail, locale: input.locale },
  });
}
