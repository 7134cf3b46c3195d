import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { Locale, PostbackEventType } from '../../../schema/enums';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import type { ChannelLists } from '../../domain/notification-preferences';
import { auditedProfileValues } from '../../domain/profile-audit';
import { NotFoundError } from '../../errors/app-error';
import { deliverEmail } from '../email';
import { recordAudit } from '../audit';
import { changePaypalEmail } from './change-paypal-email';
import { getProfile, type Profile } from './get-profile';
import { limitPaypalVerification } from './limit-paypal-verification';
import { setChannelLists } from './set-channel-lists';

export interface ProfileChanges {
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  locale?: Locale | undefined;
  paypalEmail?: string | null | undefined;
  postbackUrlTemplate?: string | null | undefined;
  postbackEnabled?: boolean | undefined;
  postbackEvents?: PostbackEventType[] | undefined;
  telegramChatId?: string | null | undefined;
  /** The channel lists of some events: written as their preference cells (the one store), never on the user row. */
  notificationSettings?: ChannelLists | undefined;
}

/**
 * Updates the signed-in user's own settings. The payout email decides where money goes, so every
 * change is audited with the previous values, in the same transaction, and a new address goes
 * through the one PayPal change path: unverified until its owner opens the link mailed to it.
 */
export async function updateProfile({
  ctx,
  input,
}: ServiceCall<{ userId: string; changes: ProfileChanges }>): Promise<Profile> {
  const changes = Object.fromEntries(
    Object.entries(input.changes).filter(([, v]) => v !== undefined),
  ) as ProfileChanges;
  if (changes.paypalEmail) changes.paypalEmail = changes.paypalEmail.toLowerCase();
  const { paypalEmail, notificationSettings, ...others } = changes;
  if (paypalEmail && (await currentPaypalEmail(ctx, input.userId)) !== paypalEmail) {
    await limitPaypalVerification({ ctx, input: { userId: input.userId } });
  }
  let outboxId: string | null = null;
  let noticeOutboxId: string | null = null;
  if (Object.keys(changes).length > 0) {
    await inTransaction(ctx, async (tx) => {
      const [before] = await tx.db.select().from(users).where(eq(users.id, input.userId)).for('update');
      if (!before) throw new NotFoundError('user', input.userId);
      if (Object.keys(others).length > 0) await tx.db.update(users).set(others).where(eq(users.id, input.userId));
      const previous: Record<string, unknown> = Object.fromEntries(
        Object.keys(others).map((k) => [k, before[k as keyof typeof others]]),
      );
      const after: Record<string, unknown> = { ...changes };
      if (paypalEmail !== undefined) previous.paypalEmail = before.paypalEmail;
      if (notificationSettings)
        ({ before: previous.notificationSettings, after: after.notificationSettings } = await setChannelLists({
          ctx: tx,
          input: { userId: before.id, lists: notificationSettings },
        }));
      if (paypalEmail !== undefined && paypalEmail !== before.paypalEmail) {
        ({ outboxId, noticeOutboxId } = await changePaypalEmail({
          ctx: tx,
          input: { userId: before.id, paypalEmail, locale: changes.locale ?? before.locale },
        }));
        previous.paypalEmailVerifiedAt = before.paypalEmailVerifiedAt;
        after.paypalEmailVerifiedAt = null;
      }
      // Own preferences (language, notification choices) are no privileged action: not audited.
      const audited = auditedProfileValues(after);
      if (Object.keys(audited).length > 0)
        await recordAudit({
          ctx: tx,
          input: {
            action: 'user.profile_updated',
            targetType: 'user',
            targetId: input.userId,
            before: auditedProfileValues(previous),
            after: audited,
          },
        });
    });
  }
  if (outboxId) await deliverEmail({ ctx, input: { outboxId } });
  if (noticeOutboxId) await deliverEmail({ ctx, input: { outboxId: noticeOutboxId } });
  return getProfile({ ctx, input: { userId: input.userId } });
}

async function currentPaypalEmail(ctx: ServiceContext, userId: string): Promise<string | null> {
  const [row] = await ctx.db.select({ paypalEmail: users.paypalEmail }).from(users).where(eq(users.id, userId));
  return row?.paypalEmail ?? null;
}
