import { and, count, desc, isNull, lt } from 'drizzle-orm';
import { notifications, type Notification } from '../../../schema';
import type { ServiceCall } from '../../context';
import { inboxOf } from './inbox';

export interface NotificationFilters {
  limit: number;
  cursor?: string | undefined;
  unreadOnly?: boolean | undefined;
}

/** The signed-in user's in-app inbox, newest first (one row beyond `limit` marks a next page), and the unread count. */
export async function listNotifications({
  ctx,
  input,
}: ServiceCall<NotificationFilters>): Promise<{ rows: Notification[]; unreadCount: number }> {
  const inbox = inboxOf(ctx);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(
      and(
        inbox,
        input.unreadOnly ? isNull(notifications.readAt) : undefined,
        input.cursor ? lt(notifications.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(input.limit + 1);
  const [unread] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(inbox, isNull(notifications.readAt)));
  return { rows, unreadCount: unread?.n ?? 0 };
}
