import { sql } from 'drizzle-orm';
import { check, text, unique, uuid } from 'drizzle-orm/pg-core';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { createdAt, id } from './util/columns';

/**
 * An affiliate's recruit code: whoever signs up with it gets the affiliate as upline
 * (users.referred_by_id). One per affiliate, made on first use; stored upper-case so the unique
 * key is case-insensitive.
 */
export const recruitCodes = affiliate.table(
  'recruit_codes',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The affiliate who recruits with it. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Crockford base32, upper case; the `?recruit=` of the sign-up link. */
    code: text().notNull(),
    /** When the code was made (the affiliate first opened their recruit link). */
    createdAt: createdAt(),
  },
  (t) => [
    unique('recruit_codes_user_id_unique').on(t.userId),
    unique('recruit_codes_code_unique').on(t.code),
    check('recruit_codes_code_upper_check', sql`${t.code} = upper(${t.code})`),
  ],
);

export type RecruitCode = typeof recruitCodes.$inferSelect;
