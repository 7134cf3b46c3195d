import { eq } from 'drizzle-orm';
import { messages } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { MESSAGE_EDIT_WINDOW_MINUTES, withinEditWindow } from '../../domain/message-rules';
import { AppError, ValidationError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { lockOwnMessage } from './own-message';

/**
 * The author changes the text of a message of theirs within MESSAGE_EDIT_WINDOW_MINUTES of sending it; the
 * message shows "edited". The image stays. A member's edit is audited for the advertiser (without the text:
 * the thread is private); the affiliate's is their own business, like sending.
 */
export async function editMessage({
  ctx,
  input,
}: ServiceCall<{ affiliateId?: string | undefined; messageId: string; body: string }>): Promise<void> {
  const body = input.body.trim();
  await inTransaction(ctx, async (tx) => {
    const { party, message } = await lockOwnMessage({ ctx: tx, input });
    if (message.deletedAt) throw new AppError('message_not_editable', 'A deleted message cannot be edited');
    if (!withinEditWindow(message.createdAt, tx.now))
      throw new AppError(
        'message_not_editable',
        `A message can be edited for ${MESSAGE_EDIT_WINDOW_MINUTES} minutes after sending`,
      );
    if (!body && !message.attachmentKey)
      throw new ValidationError('The request is not valid', [
        { path: 'body', message: 'Write a message; to remove it, delete it' },
      ]);
    if (body === message.body) return;
    await tx.db.update(messages).set({ body, editedAt: tx.now }).where(eq(messages.id, message.id));
    if (party.side === 'advertiser')
      await recordAudit({
        ctx: tx,
        input: {
          action: 'message.edited',
          targetType: 'message',
          targetId: message.id,
          after: { affiliateId: party.affiliateId, threadId: message.threadId },
        },
      });
  });
}
