import { sql } from 'drizzle-orm';
import { notificationPreferences } from '../../../schema';
import type { NotificationEvent, UserNotificationChannel } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actorId } from '../tenant-scope';
import { getNotificationPreferences, type NotificationPreferences } from './get-notification-preferences';

export interface PreferenceChange {
  event: NotificationEvent;
  channel: UserNotificationChannel;
  enabled: boolean;
}

/** Stores the signed-in user's choices (the cells sent; the others keep theirs) and answers the whole matrix. */
export async function updateNotificationPreferences({
  ctx,
  input,
}: ServiceCall<{ changes: PreferenceChange[] }>): Promise<NotificationPreferences> {
  const userId = actorId(ctx);
  if (input.changes.length > 0)
    await ctx.db
      .insert(notificationPreferences)
      .values(input.changes.map((c) => ({ userId, ...c, createdAt: ctx.now, updatedAt: ctx.now })))
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.event, notificationPreferences.channel],
        set: { enabled: sql`excluded.enabled`, updatedAt: ctx.now },
      });
  return getNotificationPreferences({ ctx, input: undefined });
}
