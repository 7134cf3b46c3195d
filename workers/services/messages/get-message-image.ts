import { and, eq, isNotNull } from 'drizzle-orm';
import { messages } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { findThreadId, threadParty } from './thread-party';

export type MessageImage =
  | { notModified: false; etag: string; body: ReadableStream; contentType: string; size: number }
  | { notModified: true; etag: string };

/**
 * A message's image, to the thread's two parties (and staff under a support grant) only. With the browser's
 * `If-None-Match` the store answers "not modified" without the bytes once the tenancy checks have passed: a
 * deleted image has no key and no object, so it is a 404 whatever tag the browser still holds.
 */
export async function getMessageImage({
  ctx,
  input,
}: ServiceCall<{
  affiliateId?: string | undefined;
  messageId: string;
  ifNoneMatch?: string | undefined;
}>): Promise<MessageImage> {
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
  const object = row?.key
    ? await ctx.config.UPLOADS.get(row.key, {
        onlyIf: input.ifNoneMatch ? new Headers({ 'if-none-match': input.ifNoneMatch }) : {},
      })
    : null;
  if (!row || !object) throw new NotFoundError('image');
  if (!hasBody(object)) return { notModified: true, etag: object.httpEtag };
  return {
    notModified: false,
    etag: object.httpEtag,
    body: object.body,
    contentType: row.type ?? 'application/octet-stream',
    size: object.size,
  };
}

/** The store leaves the body out when the browser's tag still matches. */
const hasBody = (object: R2Object | R2ObjectBody): object is R2ObjectBody => 'body' in object;
