import { eq } from 'drizzle-orm';
import { authTokens, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { renderEmail } from '../../domain/email-templates';
import { newSecretToken, sha256Hex } from '../../domain/secret-token';
import { addSeconds, PASSWORD_RESET_TTL_SECONDS } from '../../domain/token-lifetimes';
import { deliverEmail, emailBrand, sendEmail } from '../email';
import { limitByIp } from '../access';
import { reserveAttempt } from './reserve-attempt';

/**
 * Mails a one-hour, single-use reset link when the email has an account. The caller always gets
 * the same answer, and the per-email limit (3 an hour) counts unknown addresses too, so neither
 * tells whether an account exists.
 */
export async function requestPasswordReset({ ctx, input }: ServiceCall<{ email: string }>): Promise<void> {
  const email = input.email.toLowerCase();
  await limitByIp({ ctx, input: { action: 'password_reset' } });
  await reserveAttempt({ ctx, input: { bucket: 'password_reset', key: email } });
  const outboxId = await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db.select().from(users).where(eq(users.email, email));
    if (!user || user.deletedAt || user.banned || user.blocked) return null;
    const token = newSecretToken();
    await tx.db.insert(authTokens).values({
      userId: user.id,
      context: 'password_reset',
      tokenHash: await sha256Hex(token),
      sentTo: email,
      expiresAt: addSeconds(tx.now, PASSWORD_RESET_TTL_SECONDS),
      createdAt: tx.now,
    });
    const brand = await emailBrand({ ctx: tx, input: { userId: user.id } });
    const link = `${brand.baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
    const { subject, text } = renderEmail({ name: 'password_reset', link }, user.locale, brand.name);
    const message = { to: email, subject, text, template: 'password_reset', fromName: brand.fromName };
    return (await sendEmail({ ctx: tx, input: message })).outboxId;
  });
  if (outboxId) await deliverEmail({ ctx, input: { outboxId } });
}
