import { and, desc, eq, lt } from 'drizzle-orm';
import { messages, organizations, users } from '../../../schema';
import type { MessageAttachmentType, MessageSide } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { displayName } from '../../domain/message-rules';
import { AppError } from '../../errors/app-error';
import { findThreadId, threadParty } from './thread-party';

export interface ThreadMessage {
  id: string;
  side: MessageSide;
  /** The author's display name; null once that account is gone. */
  authorName: string | null;
  /** Whether the caller wrote it. */
  mine: boolean;
  body: string;
  attachment: { contentType: MessageAttachmentType; bytes: number } | null;
  createdAt: Date;
  /** When its author last changed the text; null: never. */
  editedAt: Date | null;
  /** When its author deleted it (text and image gone); null: not deleted. */
  deletedAt: Date | null;
}

/**
 * A page of the thread, newest first; `before` (a message id of this thread) pages older ones. Reading does
 * not mark read: the caller does that when the thread is shown (markThreadRead), so a prefetch does not.
 */
export async function listThreadMessages({
  ctx,
  input,
}: ServiceCall<{ affiliateId?: string | undefined; before?: string | undefined; limit: number }>): Promise<{
  items: ThreadMessage[];
  nextCursor: string | null;
}> {
  const party = await threadParty({ ctx, input: { affiliateId: input.affiliateId, write: false } });
  const threadId = await findThreadId({ ctx, input: party });
  if (!threadId) {
    if (input.before) throw new AppError('invalid_cursor', 'The cursor is not one this API returned');
    return { items: [], nextCursor: null };
  }
  if (input.before) {
    const [at] = await ctx.db
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.threadId, threadId), eq(messages.id, input.before)));
    if (!at) throw new AppError('invalid_cursor', 'The cursor is not one this API returned');
  }
  const rows = await ctx.db
    .select({
      id: messages.id,
      side: messages.side,
      authorId: messages.authorId,
      body: messages.body,
      attachmentType: messages.attachmentType,
      attachmentBytes: messages.attachmentBytes,
      createdAt: messages.createdAt,
      editedAt: messages.editedAt,
      deletedAt: messages.deletedAt,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
    })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorId))
    .where(and(eq(messages.threadId, threadId), input.before ? lt(messages.id, input.before) : undefined))
    .orderBy(desc(messages.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  // Staff without a name write as their advertiser (its portal name), as the message's notification names it.
  const [org] = await ctx.db
    .select({ name: organizations.name, branding: organizations.branding })
    .from(organizations)
    .where(eq(organizations.id, party.organizationId));
  const advertiserName = org?.branding.portalName?.trim() || org?.name;
  return {
    items: page.map((r) => ({
      id: r.id,
      side: r.side,
      authorName:
        r.authorId && r.email !== null
          ? displayName(r, r.side === 'advertiser' ? (advertiserName ?? '—') : undefined)
          : null,
      mine: r.authorId !== null && r.authorId === party.readerId,
      body: r.body,
      attachment:
        r.attachmentType && r.attachmentBytes !== null
          ? { contentType: r.attachmentType, bytes: r.attachmentBytes }
          : null,
      createdAt: r.createdAt,
      editedAt: r.editedAt,
      deletedAt: r.deletedAt,
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
