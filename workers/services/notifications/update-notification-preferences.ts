import type { NotificationEvent, UserNotificationChannel } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actorId } from '../access';
import { getNotificationPreferences, type NotificationPreferences } from './get-notification-preferences';
import { writePreferences } from './write-preferences';

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
  await writePreferences({ ctx, input: { userId, changes: input.changes } });
  return getNotificationPreferences({ ctx, input: undefined });
}
