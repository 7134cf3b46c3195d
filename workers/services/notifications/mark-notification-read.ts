import { and, eq, sql } from 'drizzle-orm';
import { notifications, type Notification } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { inboxOf } from './inbox';

/** Marks one of the user's own notifications read; repeating keeps the first read time. Another user's, or on a portal another organization's, is not found. */
export async function markNotificationRead({ ctx, input }: ServiceCall<{ id: string }>): Promise<Notification> {
  const [row] = await ctx.db
    .update(notifications)
    .set({ readAt: sql`COALESCE(${notifications.readAt}, ${ctx.now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, input.id), inboxOf({ ctx, input: undefined })))
    .returning();
  if (!row) throw new NotFoundError('notification', input.id);
  return row;
}
