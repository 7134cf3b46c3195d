import { inArray } from 'drizzle-orm';
import { notifications, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { NotificationRequest } from './notification-request';

/**
 * Writes in-app notifications (the inbox), once per dedupe key: a redelivered message inserts
 * nothing. A user who set this event's channels without `in_app` gets none; an event left out of
 * the settings uses the default, which includes in-app. Other channels come later.
 */
export async function recordNotifications({
  ctx,
  input,
}: ServiceCall<{ requests: NotificationRequest[] }>): Promise<number> {
  if (input.requests.length === 0) return 0;
  const userIds = [...new Set(input.requests.map((r) => r.userId))];
  const settings = new Map(
    (
      await ctx.db
        .select({ id: users.id, settings: users.notificationSettings })
        .from(users)
        .where(inArray(users.id, userIds))
    ).map((u) => [u.id, u.settings]),
  );
  const wanted = input.requests.filter((r) => settings.get(r.userId)?.[r.event]?.includes('in_app') ?? true);
  if (wanted.length === 0) return 0;
  const rows = await ctx.db
    .insert(notifications)
    .values(
      wanted.map((r) => ({
        userId: r.userId,
        organizationId: r.organizationId,
        channel: 'in_app' as const,
        event: r.event,
        title: r.title,
        body: r.body,
        data: r.data,
        status: 'sent' as const,
        sentAt: ctx.now,
        attempts: 1,
        dedupeKey: `${r.dedupeKey}:in_app`,
      })),
    )
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return rows.length;
}
