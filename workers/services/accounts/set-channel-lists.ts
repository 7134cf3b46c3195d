import { eq } from 'drizzle-orm';
import { notificationPreferences } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type ChannelLists, channelListsOf, channelListsToChanges } from '../../domain/notification-preferences';
import { writePreferences } from '../notifications';

type Lists = Partial<Record<keyof ChannelLists, string[]>>;

/**
 * PATCH /me's older `notificationSettings` shape, written as the preference cells it stands for
 * (the one store, which GET/PUT /me/notification-preferences read and write). Answers the listed
 * events' channels before and after, for the audit entry. Inside the caller's transaction.
 */
export async function setChannelLists({
  ctx,
  input: { userId, lists },
}: ServiceCall<{ userId: string; lists: ChannelLists }>): Promise<{ before: Lists; after: Lists }> {
  const listed = Object.keys(lists) as (keyof ChannelLists)[];
  const read = async (): Promise<Lists> => {
    const all = channelListsOf(
      await ctx.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)),
    );
    return Object.fromEntries(listed.map((event) => [event, all[event]]));
  };
  const before = await read();
  await writePreferences({ ctx, input: { userId, changes: channelListsToChanges(lists) } });
  return { before, after: await read() };
}
