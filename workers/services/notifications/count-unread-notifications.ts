import { and, count, isNull } from 'drizzle-orm';
import { notifications } from '../../../schema';
import type { ServiceCall } from '../../context';
import { inboxOf } from './inbox';

/** How many of the signed-in user's in-app notifications this session may read are unread (the bell's badge). */
export async function countUnreadNotifications({ ctx }: ServiceCall<void>): Promise<number> {
  const [unread] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(inboxOf({ ctx, input: undefined }), isNull(notifications.readAt)));
  return unread?.n ?? 0;
}
