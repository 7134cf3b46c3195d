import { boolean, index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { IdentityProvider } from './enums';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { createdAt, id, timestamptz } from './util/columns';

/**
 * A Google or GitHub account that signs in to a user. The provider's subject (OpenID `sub`, GitHub's
 * numeric user id) names it, never the email, which the person may change at the provider.
 */
export const identities = affiliate.table(
  'identities',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** google or github. */
    provider: text({ enum: IdentityProvider }).notNull(),
    /** The provider's stable id of the account. */
    subject: text().notNull(),
    /** The user it signs in to. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The email the provider gave at the last sign-in, lower-cased. */
    email: text(),
    /** Whether the provider said it verified that email. */
    emailVerified: boolean().notNull().default(false),
    /** When it was linked. */
    createdAt: createdAt(),
    /** When it last signed in (or was linked). */
    lastUsedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    unique('identities_provider_subject_unique').on(t.provider, t.subject),
    index('identities_user_id_idx').on(t.userId),
    checkIn('identities_provider_check', t.provider, IdentityProvider),
  ],
);

export type Identity = typeof identities.$inferSelect;
