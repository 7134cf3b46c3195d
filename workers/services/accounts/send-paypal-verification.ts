import { authTokens } from '../../../schema';
import type { Locale } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { renderEmail } from '../../domain/email-templates';
import { newSecretToken, sha256Hex } from '../../domain/secret-token';
import { addSeconds, PAYPAL_EMAIL_VERIFY_TTL_SECONDS } from '../../domain/token-lifetimes';
import { emailBrand, sendEmail } from '../email';

/**
 * Issues a single-use token for the PayPal address (stored hashed, bound to that address) and
 * queues the email carrying it, to the PayPal address itself: reading that mailbox is the proof.
 * Call it inside the transaction that sets the address.
 */
export async function sendPaypalVerification({
  ctx,
  input,
}: ServiceCall<{ userId: string; paypalEmail: string; locale: Locale }>): Promise<{ outboxId: string }> {
  const token = newSecretToken();
  await ctx.db.insert(authTokens).values({
    userId: input.userId,
    context: 'paypal_email_verify',
    tokenHash: await sha256Hex(token),
    sentTo: input.paypalEmail,
    expiresAt: addSeconds(ctx.now, PAYPAL_EMAIL_VERIFY_TTL_SECONDS),
    createdAt: ctx.now,
  });
  const brand = await emailBrand({ ctx, input: { userId: input.userId } });
  const link = `${brand.baseUrl}/verify-paypal-email?token=${encodeURIComponent(token)}`;
  const { subject, text } = renderEmail(
    { name: 'verify_paypal_email', link, paypalEmail: input.paypalEmail },
    input.locale,
    brand.name,
  );
  return sendEmail({
    ctx,
    input: { to: input.paypalEmail, subject, text, template: 'verify_paypal_email', fromName: brand.fromName },
  });
}
