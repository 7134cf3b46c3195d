import { z } from '@hono/zod-openapi';
import { MessageAttachmentType, MessageSide } from '../../../schema/enums';
import { MAX_MESSAGE_CHARS } from '../../domain/message-rules';
import type { MessageImage, MessageThreadRow, SupportAccessRow, ThreadMessage } from '../../services/messages';
import { id, idParam, iso, isoOrNull, orgParams, page, timestamp } from '../shared/schemas';

export const threadParams = orgParams.extend({ affiliateId: idParam('affiliateId') });
export const threadImageParams = threadParams.extend({ messageId: idParam('messageId') });
export const myImageParams = orgParams.extend({ messageId: idParam('messageId') });
export const grantParams = orgParams.extend({ grantId: idParam('grantId') });

export const sendMessageBody = z
  .strictObject({
    body: z
      .string()
      .max(MAX_MESSAGE_CHARS)
      .describe('Plain text; links are shown as links, nothing else is formatted. May be empty with an image'),
    attachmentKey: z.string().max(200).optional().describe('The key an image upload to this thread answered'),
  })
  .openapi('SendMessage');

export const threadMessageParams = threadImageParams;
export const myMessageParams = myImageParams;

export const editMessageBody = z
  .strictObject({
    body: z
      .string()
      .max(MAX_MESSAGE_CHARS)
      .describe('The new text, within 15 minutes of sending; may be empty only when the message has an image'),
  })
  .openapi('EditMessage');

export const messagePageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30).describe('Page size, 1–100'),
  before: z.uuid().optional().describe('nextCursor of the previous page: older messages'),
});

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const threadListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30).describe('Page size, 1–100'),
  cursor: z.uuid().optional().describe('nextCursor of the previous page'),
  search: z.string().trim().max(200).optional().describe('Part of the affiliate’s name or email'),
  unread: booleanQuery.describe('true: only threads with messages you have not read'),
});

export const threadMessage = z
  .object({
    id,
    side: z.enum(MessageSide),
    authorName: z.string().nullable().describe('The author’s display name; null once that account is gone'),
    mine: z.boolean().describe('You wrote it'),
    body: z.string(),
    attachment: z
      .object({ contentType: z.enum(MessageAttachmentType), bytes: z.number().int() })
      .nullable()
      .describe('An image, fetched from the message’s image operation'),
    createdAt: timestamp,
    editedAt: timestamp.nullable().describe('When its author last changed the text; null: never edited'),
    deletedAt: timestamp
      .nullable()
      .describe('When its author deleted it: body is empty and attachment null, shown as "message deleted"'),
  })
  .openapi('ThreadMessage');

export const threadMessagePage = page(threadMessage, 'ThreadMessagePage');

export const messageThread = z
  .object({
    id,
    affiliate: z.object({ id, name: z.string(), email: z.string() }),
    lastMessageAt: timestamp,
    lastMessage: z
      .object({
        side: z.enum(MessageSide),
        body: z.string().describe('Its first 300 characters'),
        hasImage: z.boolean(),
        deleted: z.boolean().describe('Its author deleted it: body is empty and hasImage false'),
      })
      .nullable(),
    unread: z.number().int().describe('The affiliate’s messages you have not read'),
  })
  .openapi('MessageThread');

export const messageThreadPage = page(messageThread, 'MessageThreadPage');

export const unreadMessages = z
  .object({
    unread: z.number().int().describe('Messages you have not read'),
    threads: z.number().int().describe('Threads with messages you have not read'),
  })
  .openapi('UnreadMessages');

export const sentMessage = z.object({ id, threadId: id }).openapi('SentMessage');

export const messageImage = z
  .object({ key: z.string(), contentType: z.enum(MessageAttachmentType), bytes: z.number().int() })
  .openapi('MessageImage');

export const grantSupportAccessBody = z
  .strictObject({
    days: z.number().int().min(1).max(30).describe('How long staff may read your messages, 1–30 days'),
    reason: z.string().trim().min(1).max(500).describe('Why, e.g. the support ticket; staff see it'),
  })
  .openapi('GrantSupportAccess');

export const supportAccessGrant = z
  .object({
    id,
    reason: z.string(),
    grantedBy: z.string().nullable(),
    createdAt: timestamp,
    expiresAt: timestamp,
    revokedAt: timestamp.nullable(),
    active: z.boolean().describe('Staff may read your messages now under this grant'),
  })
  .openapi('SupportAccessGrant');

export const supportAccessList = z.object({ items: z.array(supportAccessGrant) }).openapi('SupportAccessList');

export const messageView = (m: ThreadMessage) => ({
  ...m,
  createdAt: iso(m.createdAt),
  editedAt: isoOrNull(m.editedAt),
  deletedAt: isoOrNull(m.deletedAt),
});
export const threadView = (t: MessageThreadRow) => ({ ...t, lastMessageAt: iso(t.lastMessageAt) });
export const grantView = (g: SupportAccessRow) => ({
  ...g,
  createdAt: iso(g.createdAt),
  expiresAt: iso(g.expiresAt),
  revokedAt: isoOrNull(g.revokedAt),
});

/** The browser's tag of an image it holds; a list of tags up to a few is plenty for one image. */
export const imageHeaders = z.object({
  'if-none-match': z
    .string()
    .max(512)
    .optional()
    .describe('The ETag of the copy you hold: answered 304 while the image is unchanged and still yours to see'),
});

/** The image's OpenAPI answers: the bytes with their tag, or 304 for the tag the browser sent. */
export const imageResponses = {
  200: {
    description: 'The image',
    headers: {
      ETag: { description: 'Strong tag of the stored object', schema: { type: 'string' } },
      'Cache-Control': { description: 'private, no-cache: revalidated on every use', schema: { type: 'string' } },
    },
    content: { 'image/*': { schema: z.string().openapi({ format: 'binary' }) } },
  },
  304: { description: 'Unchanged since the ETag sent in If-None-Match' },
} as const;

/**
 * The image's answer: private to the thread's parties, so never cached by anyone else, and revalidated on every
 * use (`no-cache`), so a deleted image is gone from the viewer's screen at the next look rather than an hour on.
 */
export function imageResponse(image: MessageImage): Response {
  const headers = {
    etag: image.etag,
    'cache-control': 'private, no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  };
  if (image.notModified) return new Response(null, { status: 304, headers });
  return new Response(image.body, {
    status: 200,
    headers: { ...headers, 'content-type': image.contentType, 'content-length': String(image.size) },
  });
}
