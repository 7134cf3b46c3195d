import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { authTokens, users } from '../../../schema';
import type { Locale } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { renderEmail } from '../../domain/email-templates';
import { newSecretToken, sha256Hex } from '../../domain/secret-token';
import { addSeconds, PAYPAL_EMAIL_UNDO_TTL_SECONDS } from '../../domain/token-lifetimes';
import { emailBrand, sendEmail } from '../email';
import { sendPaypalVerification } from './send-paypal-verification';

/**
 * Sets (or clears) the PayPal address inside the caller's transaction, the user row locked. A new
 * address is unverified until its owner opens the link mailed to it, so money never follows an
 * address typed by whoever holds a session. Open payout items keep their own receiver_email.
 * The account's own address, once verified, is told of every change (`noticeOutboxId`): the payout
 * address is account-wide, so its owner hears of a change whoever made it, and can set it back with
 * one click: the notice carries a single-use undo link (undo-paypal-email-change.ts) that restores the
 * last confirmed address (none: the undo removes the new one).
 */
export async function changePaypalEmail({
  ctx,
  input,
}: ServiceCall<{ userId: string; paypalEmail: string | null; locale: Locale }>): Promise<{
  outboxId: string | null;
  noticeOutboxId: string | null;
}> {
  const [before] = await ctx.db
    .select({
      email: users.email,
      emailVerified: users.emailVerified,
      paypalEmail: users.paypalEmail,
      paypalEmailVerifiedAt: users.paypalEmailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, input.userId));
  await ctx.db
    .update(users)
    .set({ paypalEmail: input.paypalEmail, paypalEmailVerifiedAt: null })
    .where(eq(users.id, input.userId));
  const noticeOutboxId =
    before?.emailVerified && before.paypalEmail !== input.paypalEmail
      ? await noticeChange({
          ctx,
          input: {
            ...input,
            email: before.email,
            previous: before.paypalEmail,
            restores: before.paypalEmailVerifiedAt
              ? before.paypalEmail
              : await lastConfirmed({ ctx, input: { userId: input.userId } }),
          },
        })
      : null;
  if (input.paypalEmail === null) return { outboxId: null, noticeOutboxId };
  const { outboxId } = await sendPaypalVerification({
    ctx,
    input: { userId: input.userId, paypalEmail: input.paypalEmail, locale: input.locale },
  });
  return { outboxId, noticeOutboxId };
}

/**
 * The address an open undo link still restores: a change away from an unconfirmed address (a second
 * change in a row) must not make the last confirmed one unreachable, whichever notice is clicked.
 */
async function lastConfirmed({ ctx, input }: ServiceCall<{ userId: string }>): Promise<string | null> {
  const [open] = await ctx.db
    .select({ restores: authTokens.restores })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.userId, input.userId),
        eq(authTokens.context, 'paypal_email_undo'),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, ctx.now),
      ),
    )
    .orderBy(desc(authTokens.createdAt))
    .limit(1);
  return open?.restores ?? null;
}

async function noticeChange({
  ctx,
  input,
}: ServiceCall<{
  userId: string;
  email: string;
  previous: string | null;
  restores: string | null;
  paypalEmail: string | null;
  locale: Locale;
}>) {
  // The newest notice's link carries the last confirmed address (lastConfirmed): older links are spent, so
  // only one undo is open and a stale one cannot put back a state between two changes.
  await ctx.db
    .update(authTokens)
    .set({ usedAt: ctx.now })
    .where(
      and(eq(authTokens.userId, input.userId), eq(authTokens.context, 'paypal_email_undo'), isNull(authTokens.usedAt)),
    );
  const token = newSecretToken();
  await ctx.db.insert(authTokens).values({
    userId: input.userId,
    context: 'paypal_email_undo',
    tokenHash: await sha256Hex(token),
    sentTo: input.email,
    restores: input.restores,
    expiresAt: addSeconds(ctx.now, PAYPAL_EMAIL_UNDO_TTL_SECONDS),
    createdAt: ctx.now,
  });
  const brand = await emailBrand({ ctx, input: { userId: input.userId } });
  const { subject, text } = renderEmail(
    {
      name: 'paypal_email_changed',
      link: `${brand.baseUrl}/account/profile`,
      undoLink: `${brand.baseUrl}/undo-paypal-email?token=${encodeURIComponent(token)}`,
      previous: input.previous,
      next: input.paypalEmail,
      restores: input.restores,
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
