import { index, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { createdAt, id, timestamptz } from './util/columns';

/** How the app asked its embedded dashboard to look; every field optional. */
export interface EmbedTheme {
  primaryColor?: string;
  font?: string;
  mode?: 'light' | 'dark';
  locale?: 'en' | 'ru';
}

/**
 * Short-lived credentials an app's backend asked for (POST /api/v1/embed-tokens), each opening the
 * embedded referral dashboard for one of its signed-in users in one program. Only the token's
 * SHA-256 is kept; the user's details are the app's word, used when the account is first created.
 */
export const embedTokens = affiliate.table(
  'embed_tokens',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The app whose key asked for it; the token works only on that app's embed. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    /** The program the dashboard shows, one of the app's advertiser's programs. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The user's id in the app, as the app names it. */
    externalUserId: text().notNull(),
    /** The user's email in the app, lower-cased. */
    email: text().notNull(),
    /** The user's display name in the app. */
    name: text(),
    /** Colours, font, light or dark, language. */
    theme: jsonb().$type<EmbedTheme>().notNull().default({}),
    /** SHA-256 of the token, looked up on each embed request. */
    tokenHash: text().notNull(),
    /** SHA-256 of the request signature that asked for it: the same signed request cannot be replayed. */
    requestSignatureHash: text().notNull(),
    /** When it was issued. */
    createdAt: createdAt(),
    /** After this it is refused. */
    expiresAt: timestamptz().notNull(),
  },
  (t) => [
    unique('embed_tokens_token_hash_unique').on(t.tokenHash),
    unique('embed_tokens_request_signature_hash_unique').on(t.requestSignatureHash),
    index('embed_tokens_app_id_idx').on(t.appId),
    index('embed_tokens_program_id_idx').on(t.programId),
    index('embed_tokens_expires_at_idx').on(t.expiresAt),
  ],
);

export type EmbedToken = typeof embedTokens.$inferSelect;
