import { sql } from 'drizzle-orm';
import { check, index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { MemberRole } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { users } from './users';
import { checkIn } from './util/checks';
import { createdAt, id, timestamptz } from './util/columns';

/**
 * An emailed invitation, either to join the organization's team (role) or to join an
 * invite-only program as an affiliate (program_id). The invitee may have no account yet, so the
 * token lives here rather than in auth_tokens (whose user_id is required).
 */
export const invitations = affiliate.table(
  'invitations',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The inviting advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The invitee's address, lower-cased by the app. */
    email: text().notNull(),
    /** The team role offered; NULL for a program invitation. */
    role: text({ enum: MemberRole }),
    /** The invite-only program offered; NULL for a team invitation. */
    programId: uuid().references(() => programs.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token in the emailed link. */
    tokenHash: text().notNull(),
    /** The staff member who sent it. */
    invitedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** After this the link is refused. */
    expiresAt: timestamptz().notNull(),
    /** When the invitee accepted. */
    acceptedAt: timestamptz(),
    /** When staff withdrew the invitation. */
    revokedAt: timestamptz(),
    /** When the invitee, signed in, declined it: no longer usable, and shown as declined to the advertiser. */
    declinedAt: timestamptz(),
    /** When the invitation was sent. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('invitations_token_hash_unique').on(t.tokenHash),
    index('invitations_organization_id_idx').on(t.organizationId),
    index('invitations_program_id_idx').on(t.programId),
    index('invitations_invited_by_id_idx').on(t.invitedById),
    index('invitations_email_idx').on(t.email),
    checkIn('invitations_role_check', t.role, MemberRole),
    check('invitations_target_check', sql`num_nonnulls(${t.role}, ${t.programId}) = 1`),
    check('invitations_email_lower_check', sql`${t.email} = lower(${t.email})`),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
