import { and, count, eq, gte, sql } from 'drizzle-orm';
import { messageReads, messages, messageThreads } from '../../../schema';
import { laterMark } from './later-mark';
import type { MessageAttachmentType } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { MESSAGE_BURST, overMessageBurst } from '../../domain/message-rules';
import { RateLimitedError, ValidationError } from '../../errors/app-error';
import { enqueueNotifications } from '../notifications';
import { isThreadImageKey } from './message-image-key';
import { messageNotifications } from './message-notifications';
import { threadParty } from './thread-party';

export interface SendMessageInput {
  /** The advertiser's side names the affiliate; the affiliate's side writes to its context's advertiser. */
  affiliateId?: string | undefined;
  body: string;
  /** A key uploadMessageImage answered for this thread. */
  attachmentKey?: string | undefined;
}

/**
 * Writes a message (making the thread with the first one), marks the thread read for its author, and then
 * notifies the other side (see messageNotifications for the throttle). At most MESSAGE_BURST per author.
 */
export async function sendMessage({
  ctx,
  input,
}: ServiceCall<SendMessageInput>): Promise<{ id: string; threadId: string }> {
  const party = await threadParty({ ctx, input: { affiliateId: input.affiliateId, write: true } });
  const authorId = party.readerId!;
  const body = input.body.trim();
  let attachment: { key: string; type: MessageAttachmentType; bytes: number } | null = null;
  if (input.attachmentKey) {
    const head = isThreadImageKey(party.organizationId, party.affiliateId, input.attachmentKey)
      ? await ctx.config.UPLOADS.head(input.attachmentKey)
      : null;
    if (!head)
      throw new ValidationError('The request is not valid', [
        { path: 'attachmentKey', message: 'No image uploaded for this thread with this key' },
      ]);
    attachment = {
      key: input.attachmentKey,
      type: (head.httpMetadata?.contentType ?? 'image/png') as MessageAttachmentType,
      bytes: head.size,
    };
  }
  if (!body && !attachment)
    throw new ValidationError('The request is not valid', [
      { path: 'body', message: 'Write a message or attach an image' },
    ]);

  const sent = await inTransaction(ctx, async (tx) => {
    const since = new Date(tx.now.getTime() - MESSAGE_BURST.windowSeconds * 1000);
    const [recent] = await tx.db
      .select({ n: count() })
      .from(messages)
      .where(and(eq(messages.authorId, authorId), gte(messages.createdAt, since)));
    if (overMessageBurst(recent?.n ?? 0))
      throw new RateLimitedError(
        `At most ${MESSAGE_BURST.max} messages in ${MESSAGE_BURST.windowSeconds / 60} minutes; wait a little`,
        MESSAGE_BURST.windowSeconds,
        { name: 'messages', quota: MESSAGE_BURST.max, windowSeconds: MESSAGE_BURST.windowSeconds },
      );
    const [thread] = await tx.db
      .insert(messageThreads)
      .values({ organizationId: party.organizationId, affiliateId: party.affiliateId, lastMessageAt: tx.now })
      .onConflictDoUpdate({
        target: [messageThreads.organizationId, messageThreads.affiliateId],
        set: { lastMessageAt: sql`excluded.last_message_at` },
      })
      .returning({ id: messageThreads.id });
    const [message] = await tx.db
      .insert(messages)
      .values({
        threadId: thread!.id,
        organizationId: party.organizationId,
        side: party.side!,
        authorId,
        body,
        attachmentKey: attachment?.key ?? null,
        attachmentType: attachment?.type ?? null,
        attachmentBytes: attachment?.bytes ?? null,
        createdAt: tx.now,
      })
      .returning({ id: messages.id });
    // Writing is reading: the author has seen the thread up to their own message.
    await tx.db
      .insert(messageReads)
      .values({ threadId: thread!.id, userId: authorId, lastReadMessageId: message!.id, readAt: tx.now })
      .onConflictDoUpdate({
        target: [messageReads.threadId, messageReads.userId],
        set: { lastReadMessageId: laterMark, readAt: tx.now },
      });
    const requests = await messageNotifications({
      ctx: tx,
      input: { party, threadId: thread!.id, authorId, body, hasImage: attachment !== null },
    });
    return { id: message!.id, threadId: thread!.id, requests };
  });
  await enqueueNotifications({ ctx, input: { requests: sent.requests } });
  return { id: sent.id, threadId: sent.threadId };
}
