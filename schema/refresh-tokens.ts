import { type AnyPgColumn, index, inet, text, unique, uuid } from 'drizzle-orm/pg-core';
import { RefreshTokenRevokeReason } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { id, timestamps, timestamptz } from './util/columns';

/**
 * Rotating refresh tokens, one row per token, stored hashed: a session. Each login starts a
 * family; each refresh revokes the presented token and issues its successor in the same family.
 * Presenting a rotated token again means it was stolen, and the whole family is revoked.
 */
export const refreshTokens = affiliate.table(
  'refresh_tokens',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The signed-in user. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Shared by every token descending from one login; revoked together on reuse. */
    familyId: uuid().notNull(),
    /** SHA-256 of the token. */
    tokenHash: text().notNull(),
    /** After this the token is refused. */
    expiresAt: timestamptz().notNull(),
    /** When the token stopped being valid (rotation, logout, reuse, reset, admin). */
    revokedAt: timestamptz(),
    /**
     * Why it was revoked: rotated (normal refresh), logout, logout_all, reuse_detected,
     * password_reset or admin.
     */
    revokedReason: text({ enum: RefreshTokenRevokeReason }),
    /** The successor issued when this token was rotated. */
    replacedById: uuid().references((): AnyPgColumn => refreshTokens.id, { onDelete: 'set null' }),
    /** User agent of the login (truncated), to tell sessions apart. */
    deviceInfo: text(),
    /** Client IP of the login. */
    ip: inet(),
    /** When the token was last presented. */
    lastUsedAt: timestamptz(),
    /**
     * Set when the session started on an advertiser's white-label portal host: the session may act
     * only in that organization and only on that host. NULL: a session of the platform's own host.
     */
    portalOrganizationId: uuid().references(() => organizations.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [
    unique('refresh_tokens_token_hash_unique').on(t.tokenHash),
    index('refresh_tokens_user_id_idx').on(t.userId),
    index('refresh_tokens_family_id_idx').on(t.familyId),
    index('refresh_tokens_replaced_by_id_idx').on(t.replacedById),
    index('refresh_tokens_expires_at_idx').on(t.expiresAt),
    index('refresh_tokens_portal_organization_id_idx').on(t.portalOrganizationId),
    checkIn('refresh_tokens_revoked_reason_check', t.revokedReason, RefreshTokenRevokeReason),
  ],
);

export type RefreshToken = typeof refreshTokens.$inferSelect;
