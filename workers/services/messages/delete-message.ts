import { eq } from 'drizzle-orm';
import { messages } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { recordAudit } from '../audit';
import { lockOwnMessage } from './own-message';

/**
 * The author deletes a message of theirs, at any time: its text and image go, the row stays so the thread
 * shows "message deleted" where it was and the other side's history keeps its order. The image leaves the
 * upload store after the commit; until then it is no longer served, as the row has no key. Deleting twice
 * changes nothing. A member's deletion is audited for the advertiser.
 */
export async function deleteMessage({
  ctx,
  input,
}: ServiceCall<{ affiliateId?: string | undefined; messageId: string }>): Promise<void> {
  const removed = await inTransaction(ctx, async (tx) => {
    const { party, message } = await lockOwnMessage({ ctx: tx, input });
    if (message.deletedAt) return null;
    await tx.db
      .update(messages)
      .set({ body: '', attachmentKey: null, attachmentType: null, attachmentBytes: null, deletedAt: tx.now })
      .where(eq(messages.id, message.id));
    if (party.side === 'advertiser')
      await recordAudit({
        ctx: tx,
        input: {
          action: 'message.deleted',
          targetType: 'message',
          targetId: message.id,
          after: {
            affiliateId: party.affiliateId,
            threadId: message.threadId,
            hadImage: message.attachmentKey !== null,
          },
        },
      });
    return message.attachmentKey;
  });
  if (removed)
    await ctx.config.UPLOADS.delete(removed).catch((err: unknown) =>
      ctx.log.warn('message_image_delete_failed', { messageId: input.messageId, err }),
    );
}
