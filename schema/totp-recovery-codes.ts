import { text, unique, uuid } from 'drizzle-orm/pg-core';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { createdAt, id, timestamptz } from './util/columns';

/** 2FA recovery codes, hashed so a leaked table cannot bypass 2FA; each works once. */
export const totpRecoveryCodes = affiliate.table(
  'totp_recovery_codes',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The user whose second factor the code replaces. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Hash of the recovery code. */
    codeHash: text().notNull(),
    /** When the code was spent; a used code is refused. */
    usedAt: timestamptz(),
    /** When the code was issued. */
    createdAt: createdAt(),
  },
  (t) => [
    // Leads with user_id, so it also serves as the foreign key's index.
    unique('totp_recovery_codes_user_id_code_hash_unique').on(t.userId, t.codeHash),
  ],
);

export type TotpRecoveryCode = typeof totpRecoveryCodes.$inferSelect;
