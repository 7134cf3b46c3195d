import { index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { AuthTokenContext } from './enums';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { createdAt, id, timestamptz } from './util/columns';

/**
 * Single-use tokens mailed to a user: email verification, password reset, PayPal email
 * verification, undoing a PayPal address change. Only a SHA-256 hash is stored, so a leaked table cannot be replayed; the
 * plaintext exists only in the email.
 */
export const authTokens = affiliate.table(
  'auth_tokens',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The user the token acts for. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What the token is for: email_verify, password_reset or paypal_email_verify. */
    context: text({ enum: AuthTokenContext }).notNull(),
    /** SHA-256 of the token; unique per context. */
    tokenHash: text().notNull(),
    /** The address the token was sent to: a verification is void once the email changes. */
    sentTo: text().notNull(),
    /** After this the token is refused. */
    expiresAt: timestamptz().notNull(),
    /**
     * paypal_email_undo only: the confirmed PayPal address the undo puts back (NULL: there was none, so
     * the undo removes the new one). Other contexts: NULL.
     */
    restores: text(),
    /** When the token was redeemed; a used token is refused. */
    usedAt: timestamptz(),
    /** When the token was issued. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('auth_tokens_context_token_hash_unique').on(t.context, t.tokenHash),
    index('auth_tokens_user_id_idx').on(t.userId),
    checkIn('auth_tokens_context_check', t.context, AuthTokenContext),
  ],
);

export type AuthToken = typeof authTokens.$inferSelect;
