import { eq } from 'drizzle-orm';
import { users, type NotificationSettings } from '../../../schema';
import type { Locale, PostbackEventType } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { getProfile, type Profile } from './get-profile';

export interface ProfileChanges {
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  locale?: Locale | undefined;
  paypalEmail?: string | null | undefined;
  postbackUrlTemplate?: string | null | undefined;
  postbackEnabled?: boolean | undefined;
  postbackEvents?: PostbackEventType[] | undefined;
  telegramChatId?: string | null | undefined;
  notificationSettings?: NotificationSettings | undefined;
}

/**
 * Updates the signed-in user's own settings. The payout email decides where money goes, so every
 * change is audited with the previous values, in the same transaction.
 */
export async function updateProfile({ ctx, input }: ServiceCall<{ userId: string; changes: ProfileChanges }>): Promise<Profile> {
  const changes = Object.fromEntries(Object.entries(input.changes).filter(([, v]) => v !== undefined)) as ProfileChanges;
  if (changes.paypalEmail) changes.paypalEmail = changes.paypalEmail.toLowerCase();
  if (Object.keys(changes).length > 0) {
    await inTransaction(ctx, async (tx) => {
      const [before] = await tx.db.select().from(users).where(eq(users.id, input.userId)).for('update');
      if (!before) throw new NotFoundError('user', input.userId);
      await tx.db.update(users).set(changes).where(eq(users.id, input.userId));
      const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof ProfileChanges]]));
      await recordAudit({ ctx: tx, input: { action: 'user.profile_updated', targetType: 'user', targetId: input.userId, before: previous, after: changes } });
    });
  }
  return getProfile({ ctx, input: { userId: input.userId } });
}
