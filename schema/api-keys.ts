import { index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { createdAt, id, timestamptz } from './util/columns';

/**
 * Server-to-server credentials of an app. The key identifies the app and is stored only as a
 * SHA-256 hash. Request signatures are HMACs, which need the secret itself, so the signing secret
 * is stored encrypted by the app with a Worker secret; both are shown once at creation.
 */
export const apiKeys = affiliate.table(
  'api_keys',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The app the key authenticates as. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    /** Label given by the advertiser. */
    name: text().notNull(),
    /** Non-secret start of the key (e.g. `ae_live_ab12`), for display and log lines. */
    prefix: text().notNull(),
    /** SHA-256 of the key, looked up on each request. */
    keyHash: text().notNull(),
    /** Last four characters of the key, for display. */
    last4: text().notNull(),
    /** HMAC signing secret, encrypted by the app. */
    signingSecretEncrypted: text().notNull(),
    /** The staff member who created it. */
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** When the key was created. */
    createdAt: createdAt(),
    /** When the key was revoked; a revoked key is refused. */
    revokedAt: timestamptz(),
    /** When the key last authenticated a request (coarse: not written on every call). */
    lastUsedAt: timestamptz(),
  },
  (t) => [
    unique('api_keys_key_hash_unique').on(t.keyHash),
    index('api_keys_app_id_idx').on(t.appId),
    index('api_keys_created_by_id_idx').on(t.createdById),
  ],
);

export type ApiKey = typeof apiKeys.$inferSelect;
