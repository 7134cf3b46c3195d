import { authTokens } from '../../../schema';
import type { Locale } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { renderEmail } from '../../domain/email-templates';
import { newSecretToken, sha256Hex } from '../../domain/secret-token';
import { addSeconds, EMAIL_VERIFY_TTL_SECONDS } from '../../domain/token-lifetimes';
import { emailBrand, sendEmail } from '../email';

/** Issues a single-use verification token (stored hashed) and queues the email carrying it. */
export async function sendVerificationEmail({
  ctx,
  input,
}: ServiceCall<{ userId: string; email: string; locale: Locale }>): Promise<{ outboxId: string }> {
  const token = newSecretToken();
  await ctx.db.insert(authTokens).values({
    userId: input.userId,
    context: 'email_verify',
    tokenHash: await sha256Hex(token),
    sentTo: input.email,
    expiresAt: addSeconds(ctx.now, EMAIL_VERIFY_TTL_SECONDS),
    createdAt: ctx.now,
  });
  const brand = await emailBrand({ ctx, input: { userId: input.userId } });
  const link = `${brand.baseUrl}/verify-email?token=${encodeURIComponent(token)}`;
  const { subject, text } = renderEmail({ name: 'verify_email', link }, input.locale, brand.name);
  return sendEmail({
    ctx,
    input: { to: input.email, subject, text, template: 'verify_email', fromName: brand.fromName },
  });
}
