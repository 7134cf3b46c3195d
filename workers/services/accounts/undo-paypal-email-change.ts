import { and, eq, gt, isNull } from 'drizzle-orm';
import { authTokens, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { renderEmail } from '../../domain/email-templates';
import { sha256Hex } from '../../domain/secret-token';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { deliverEmail, emailBrand, sendEmail } from '../email';
import { unusableLinkError } from './unusable-link-error';

/**
 * The one-click undo in the notice of a PayPal address change (change-paypal-email.ts): claims the
 * single-use token and puts the address confirmed before the change back, confirmed (or, when there was
 * none, removes the new one), so a change the person did not make is reversed without signing in. The
 * token reached the account's verified mailbox, which is the proof. The account is mailed again.
 */
export async function undoPaypalEmailChange({
  ctx,
  input,
}: ServiceCall<{ token: string }>): Promise<{ paypalEmail: string | null }> {
  const tokenHash = await sha256Hex(input.token);
  const { paypalEmail, outboxId } = await inTransaction(ctx, async (tx) => {
    const [claimed] = await tx.db
      .update(authTokens)
      .set({ usedAt: tx.now })
      .where(
        and(
          eq(authTokens.context, 'paypal_email_undo'),
          eq(authTokens.tokenHash, tokenHash),
          isNull(authTokens.usedAt),
          gt(authTokens.expiresAt, tx.now),
        ),
      )
      .returning({ userId: authTokens.userId, restores: authTokens.restores, createdAt: authTokens.createdAt });
    if (!claimed) throw await unusableLinkError({ ctx: tx, input: { context: 'paypal_email_undo', tokenHash } });
    const [user] = await tx.db.select().from(users).where(eq(users.id, claimed.userId)).for('update');
    if (!user || user.deletedAt) throw new AppError('bad_request', 'The undo link is invalid; sign in instead');
    // Undo links of later changes undo those; this one supersedes the others still open, so an older
    // link cannot later put back an address the person has since replaced.
    await tx.db
      .update(authTokens)
      .set({ usedAt: tx.now })
      .where(
        and(eq(authTokens.userId, user.id), eq(authTokens.context, 'paypal_email_undo'), isNull(authTokens.usedAt)),
      );
    const restored = claimed.restores;
    const verifiedAt = restored ? tx.now : null;
    await tx.db
      .update(users)
      .set({ paypalEmail: restored, paypalEmailVerifiedAt: verifiedAt })
      .where(eq(users.id, user.id));
    // Verification links still out for the replaced address must not confirm it again.
    await tx.db
      .update(authTokens)
      .set({ usedAt: tx.now })
      .where(
        and(eq(authTokens.userId, user.id), eq(authTokens.context, 'paypal_email_verify'), isNull(authTokens.usedAt)),
      );
    await recordAudit({
      ctx: { ...tx, actor: { userId: user.id, platformRole: user.platformRole } },
      input: {
        action: 'user.paypal_email_restored',
        targetType: 'user',
        targetId: user.id,
        before: { paypalEmail: user.paypalEmail, paypalEmailVerifiedAt: user.paypalEmailVerifiedAt },
        after: { paypalEmail: restored, paypalEmailVerifiedAt: verifiedAt },
      },
    });
    const brand = await emailBrand({ ctx: tx, input: { userId: user.id } });
    const { subject, text } = renderEmail(
      { name: 'paypal_email_restored', link: `${brand.baseUrl}/account/profile`, restored },
      user.locale,
      brand.name,
    );
    const sent = await sendEmail({
      ctx: tx,
      input: { to: user.email, subject, text, template: 'paypal_email_restored', fromName: brand.fromName },
    });
    return { paypalEmail: restored, outboxId: sent.outboxId };
  });
  await deliverEmail({ ctx, input: { outboxId } });
  return { paypalEmail };
}
