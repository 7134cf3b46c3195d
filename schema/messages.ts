import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { MessageAttachmentType, MessageSide } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { createdAt, id, timestamptz } from './util/columns';

/**
 * The one conversation between an advertiser and an affiliate, whatever programs of the advertiser the
 * affiliate is in. Made by the first message; last_message_at orders the advertiser's inbox.
 */
export const messageThreads = affiliate.table(
  'message_threads',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The affiliate. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** When the latest message was written: the inbox's order and keyset. */
    lastMessageAt: timestamptz().notNull(),
    /** When the first message made the thread. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('message_threads_organization_id_affiliate_id_unique').on(t.organizationId, t.affiliateId),
    index('message_threads_organization_id_last_message_at_idx').on(t.organizationId, t.lastMessageAt, t.id),
    index('message_threads_affiliate_id_idx').on(t.affiliateId),
  ],
);

/** One message of a thread: plain text (links shown as links, nothing rendered as HTML), an optional image. */
export const messages = affiliate.table(
  'messages',
  {
    /** UUIDv7 primary key: orders a thread and pages it. */
    id: id(),
    /** The thread. */
    threadId: uuid()
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    /** The thread's advertiser, copied so every read filters on the tenant. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** advertiser (any member who wrote it) or affiliate. */
    side: text({ enum: MessageSide }).notNull(),
    /** Who wrote it; NULL once that account is gone (the side still says whose it was). */
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Plain text; may be empty when the message is an image alone. */
    body: text().notNull(),
    /** The attached image's key in the upload store (UPLOADS); served only to the thread's parties. */
    attachmentKey: text(),
    /** The image's type, judged by its bytes at upload. */
    attachmentType: text({ enum: MessageAttachmentType }),
    /** The image's size in bytes. */
    attachmentBytes: integer(),
    /** When it was sent. */
    createdAt: createdAt(),
    /** When its author last changed the text (within the edit window); NULL: never edited. */
    editedAt: timestamptz(),
    /** When its author deleted it: the text and the image are gone, the row stays as "message deleted". */
    deletedAt: timestamptz(),
  },
  (t) => [
    index('messages_thread_id_id_idx').on(t.threadId, t.id),
    index('messages_organization_id_idx').on(t.organizationId),
    // The sending limit counts an author's recent messages.
    index('messages_author_id_created_at_idx').on(t.authorId, t.createdAt),
    unique('messages_attachment_key_unique').on(t.attachmentKey),
    checkIn('messages_side_check', t.side, MessageSide),
    checkIn('messages_attachment_type_check', t.attachmentType, MessageAttachmentType),
    check('messages_body_check', sql`char_length(${t.body}) <= 5000`),
    // A deleted message keeps nothing of what was said.
    check(
      'messages_deleted_check',
      sql`${t.deletedAt} IS NULL OR (char_length(${t.body}) = 0 AND ${t.attachmentKey} IS NULL)`,
    ),
    check(
      'messages_content_check',
      sql`(${t.attachmentKey} IS NULL) = (${t.attachmentType} IS NULL) AND (${t.attachmentKey} IS NULL) = (${t.attachmentBytes} IS NULL) AND (char_length(${t.body}) > 0 OR ${t.attachmentKey} IS NOT NULL OR ${t.deletedAt} IS NOT NULL)`,
    ),
  ],
);

/**
 * How far each person has read a thread: the affiliate, and each member of the advertiser on their own, so
 * one member's reading does not hide a message from the others. Unread: the other side's messages after it.
 */
export const messageReads = affiliate.table(
  'message_reads',
  {
    /** The thread. */
    threadId: uuid()
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    /** The reader. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The newest message they had seen (UUIDv7, so later messages sort after it). */
    lastReadMessageId: uuid().notNull(),
    /** When they last opened the thread. */
    readAt: timestamptz().notNull(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index('message_reads_user_id_idx').on(t.userId)],
);

/**
 * An advertiser's owner lets the platform's staff read its message threads for support, until expires_at or
 * until revoked. Each staff read is audited.
 */
export const supportAccessGrants = affiliate.table(
  'support_access_grants',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser that grants it. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The owner who granted it; NULL once that account is gone. */
    grantedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Why: shown to staff, e.g. the support ticket. */
    reason: text().notNull(),
    /** The access ends by itself then. */
    expiresAt: timestamptz().notNull(),
    /** Ended early by an owner. */
    revokedAt: timestamptz(),
    /** The owner who revoked it. */
    revokedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** When it was granted. */
    createdAt: createdAt(),
  },
  (t) => [
    index('support_access_grants_organization_id_expires_at_idx').on(t.organizationId, t.expiresAt),
    index('support_access_grants_granted_by_id_idx').on(t.grantedById),
    index('support_access_grants_revoked_by_id_idx').on(t.revokedById),
    check('support_access_grants_reason_check', sql`char_length(${t.reason}) BETWEEN 1 AND 500`),
  ],
);

export type MessageThread = typeof messageThreads.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type SupportAccessGrant = typeof supportAccessGrants.$inferSelect;
