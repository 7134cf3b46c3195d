import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import { notifications, users, type Notification } from '../../../schema';
import type { Locale } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { renderNotification } from '../../domain/notification-templates';
import { actorId } from '../access';
import { countUnreadNotifications } from './count-unread-notifications';
import { inboxOf } from './inbox';

export interface NotificationFilters {
  limit: number;
  cursor?: string | undefined;
  unreadOnly?: boolean | undefined;
}

/**
 * The signed-in user's in-app inbox, newest first (one row beyond `limit` marks a next page), and the unread count.
 * Each item is worded now, in the reader's current language, from its event and data: the words stored when it was
 * sent (in the language of that moment) are only the fallback of an event no template knows.
 */
export async function listNotifications({
  ctx,
  input,
}: ServiceCall<NotificationFilters>): Promise<{ rows: Notification[]; unreadCount: number }> {
  const inbox = inboxOf({ ctx, input: undefined });
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
  const unreadCount = await countUnreadNotifications({ ctx, input: undefined });
  const [reader] = await ctx.db
    .select({ locale: users.locale })
    .from(users)
    .where(eq(users.id, actorId(ctx)));
  const locale = reader?.locale ?? 'en';
  return { rows: rows.map((row) => inReaderLanguage(row, locale)), unreadCount };
}

function inReaderLanguage(row: Notification, locale: Locale): Notification {
  const text = renderNotification({
    event: row.event,
    data: row.data ?? {},
    locale,
    // In-app items carry no signature or subject: the brand is not part of their words.
    brand: null,
    fallback: { title: row.title, body: row.body },
  });
  return { ...row, title: text.title, body: text.body };
}
