import { desc, eq } from 'drizzle-orm';
import { messageReads, messages } from '../../../schema';
import { laterMark } from './later-mark';
import type { ServiceCall } from '../../context';
import { findThreadId, threadParty } from './thread-party';

/** Marks the thread read by the caller up to its newest message; nothing to do before the first one. */
export async function markThreadRead({ ctx, input }: ServiceCall<{ affiliateId?: string | undefined }>): Promise<void> {
  const party = await threadParty({ ctx, input: { affiliateId: input.affiliateId, write: true } });
  const threadId = await findThreadId({ ctx, input: party });
  if (!threadId) return;
  const [latest] = await ctx.db
    .select({ id: messages.id })
    .from(messages)
    .where(eq(messages.threadId, threadId))
    .orderBy(desc(messages.id))
    .limit(1);
  if (!latest) return;
  await ctx.db
    .insert(messageReads)
    .values({ threadId, userId: party.readerId!, lastReadMessageId: latest.id, readAt: ctx.now })
    .onConflictDoUpdate({
      target: [messageReads.threadId, messageReads.userId],
      set: { lastReadMessageId: laterMark, readAt: ctx.now },
    });
}
