import { index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { createdAt, id } from './util/columns';

/**
 * The affiliate account an app's user became through the embedded dashboard: one per app and
 * external id, so the app's user finds the same account on every open, and nobody else does.
 */
export const appUsers = affiliate.table(
  'app_users',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The app that vouched for the user. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    /** The user's id in the app. */
    externalUserId: text().notNull(),
    /** The affiliate account created for them. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** When the account was created, on the user's first acceptance of a program's terms. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('app_users_app_id_external_user_id_unique').on(t.appId, t.externalUserId),
    index('app_users_user_id_idx').on(t.userId),
  ],
);

export type AppUser = typeof appUsers.$inferSelect;
