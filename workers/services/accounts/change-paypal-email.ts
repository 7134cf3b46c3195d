import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { Locale } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { renderEmail } from '../../domain/email-templates';
import { emailBrand, sendEmail } from '../email';
import { sendPaypalVerification } from './send-paypal-verification';

/**
 * Sets (or clears) the PayPal address inside the caller's transaction, the user row locked. A new
 * address is unverified until its owner opens the link mailed to it, so money never follows an
 * address typed by whoever holds a session. Open payout items keep their own receiver_email.
 * The account's own address, once verified, is told of every change (`noticeOutboxId`): the payout
 * address is account-wide, so its owner hears of a change whoever made it, and can set it back.
 */
export async function changePaypalEmail({
  ctx,
  input,
}: ServiceCall<{ userId: string; paypalEmail: string | null; locale: Locale }>): Promise<{
  outboxId: string | null;
  noticeOutboxId: string | null;
}> {
  const [before] = await ctx.db
    .select({ email: users.email, emailVerified: users.emailVerified, paypalEmail: users.paypalEmail })
    .from(users)
    .where(eq(users.id, input.userId));
  await ctx.db
    .update(users)
    .set({ paypalEmail: input.paypalEmail, paypalEmailVerifiedAt: null })
    .where(eq(users.id, input.userId));
  const noticeOutboxId =
    before?.emailVerified && before.paypalEmail !== input.paypalEmail
      ? await noticeChange({ ctx, input: { ...input, email: before.email, previous: before.paypalEmail } })
      : null;
  if (input.paypalEmail === null) return { outboxId: null, noticeOutboxId };
  const { outboxId } = await sendPaypalVerification({
    ctx,
    input: { userId: input.userId, paypalEmail: input.paypalEmail, locale: input.locale },
  });
  return { outboxId, noticeOutboxId };
}

async function noticeChange({
  ctx,
  input,
}: ServiceCall<{
  userId: string;
  email: string;
  previous: string | null;
  paypalEmail: string | null;
  locale: Locale;
}>) {
  const brand = await emailBrand({ ctx, input: { userId: input.userId } });
  const { subject, text } = renderEmail(
    {
      name: 'paypal_email_changed',
      link: `${brand.baseUrl}/account/profile`,
      previous: input.previous,
      next: input.paypalEmail,
    },
    input.locale,
    brand.name,
  );
  const sent = await sendEmail({
    ctx,
    input: { to: input.email, subject, text, template: 'paypal_email_changed', fromName: brand.fromName },
  });
  return sent.outboxId;
}
