import { type AnyPgColumn, index, inet, text, unique, uuid } from 'drizzle-orm/pg-core';
import { RefreshTokenRevokeReason } from './enums';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { id, timestamps, timestamptz } from './util/columns';

// Rotating refresh tokens, stored hashed. Each login starts a family; each refresh revokes the
// presented token and issues its successor in the same family. Presenting a revoked token again
// means it was stolen, and the whole family is revoked.
export const refreshTokens = affiliate.table(
  'refresh_tokens',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
    revokedReason: text({ enum: RefreshTokenRevokeReason }),
    replacedById: uuid().references((): AnyPgColumn => refreshTokens.id, { onDelete: 'set null' }),
    deviceInfo: text(),
    ip: inet(),
    lastUsedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    unique('refresh_tokens_token_hash_unique').on(t.tokenHash),
    index('refresh_tokens_user_id_idx').on(t.userId),
    index('refresh_tokens_family_id_idx').on(t.familyId),
    index('refresh_tokens_replaced_by_id_idx').on(t.replacedById),
    index('refresh_tokens_expires_at_idx').on(t.expiresAt),
    checkIn('refresh_tokens_revoked_reason_check', t.revokedReason, RefreshTokenRevokeReason),
  ],
);

export type RefreshToken = typeof refreshTokens.$inferSelect;
