import { and, eq } from 'drizzle-orm';
import { messages, type Message } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { findThreadId, type ThreadParty, threadParty } from './thread-party';

/**
 * One of the caller's own messages, locked for a change inside the caller's transaction. A message of another
 * thread (another advertiser's, another affiliate's) is not_found; the other side's message in the caller's
 * thread is forbidden: both sides see it, so its existence is no secret. Platform staff never write (forbidden).
 */
export async function lockOwnMessage({
  ctx,
  input,
}: ServiceCall<{ affiliateId?: string | undefined; messageId: string }>): Promise<{
  party: ThreadParty;
  message: Message;
}> {
  const party = await threadParty({ ctx, input: { affiliateId: input.affiliateId, write: true } });
  const threadId = await findThreadId({ ctx, input: party });
  const [message] = threadId
    ? await ctx.db
        .select()
        .from(messages)
        .where(and(eq(messages.threadId, threadId), eq(messages.id, input.messageId)))
        .for('update')
    : [];
  if (!message) throw new NotFoundError('message', input.messageId);
  if (message.authorId === null || message.authorId !== party.readerId)
    throw new AppError('forbidden', 'Only its author can edit or delete a message');
  return { party, message };
}
