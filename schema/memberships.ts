import { index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { MemberRole } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { id, timestamps } from './util/columns';

/** Advertiser staff. Affiliates are not members: they reach an organization through enrollments. */
export const memberships = affiliate.table(
  'memberships',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The staff member. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The advertiser they work for. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** owner (manages everyone), admin (manages all but owners) or finance (money and payouts, manages no one). */
    role: text({ enum: MemberRole }).notNull(),
    ...timestamps,
  },
  (t) => [
    // Leads with user_id, so it also serves as that foreign key's index.
    unique('memberships_user_id_organization_id_unique').on(t.userId, t.organizationId),
    index('memberships_organization_id_idx').on(t.organizationId),
    checkIn('memberships_role_check', t.role, MemberRole),
  ],
);

export type Membership = typeof memberships.$inferSelect;
