import { and, eq, isNotNull } from 'drizzle-orm';
import { messages } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { findThreadId, threadParty } from './thread-party';

/** A message's image, to the thread's two parties (and staff under a support grant) only. */
export async function getMessageImage({
  ctx,
  input,
}: ServiceCall<{ affiliateId?: string | undefined; messageId: string }>) {
  const party = await threadParty({ ctx, input: { affiliateId: input.affiliateId, write: false } });
  const threadId = await findThreadId({ ctx, input: party });
  const [row] = threadId
    ? await ctx.db
        .select({ key: messages.attachmentKey, type: messages.attachmentType })
        .from(messages)
        .where(
          and(eq(messages.threadId, threadId), eq(messages.id, input.messageId), isNotNull(messages.attachmentKey)),
        )
    : [];
  const object = row?.key ? await ctx.config.UPLOADS.get(row.key) : null;
  if (!row || !object) throw new NotFoundError('image');
  return { body: object.body, contentType: row.type ?? 'application/octet-stream', size: object.size };
}
