import { index, text, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { id, timestamps } from './util/columns';

/**
 * A note an advertiser's team wrote about one of its affiliates ("met at the conference", "asked for a higher
 * rate"). The advertiser's members read them on the affiliate's profile; the affiliate never does.
 */
export const affiliateNotes = affiliate.table(
  'affiliate_notes',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser whose team wrote it. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The affiliate it is about. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The member who wrote it; NULL once that account is gone. */
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The note, plain text. */
    body: text().notNull(),
    ...timestamps,
  },
  (t) => [
    // The profile lists one affiliate's notes newest first; leads with organization_id for that foreign key.
    index('affiliate_notes_organization_id_affiliate_id_id_idx').on(t.organizationId, t.affiliateId, t.id),
    index('affiliate_notes_affiliate_id_idx').on(t.affiliateId),
    index('affiliate_notes_author_id_idx').on(t.authorId),
  ],
);

export type AffiliateNote = typeof affiliateNotes.$inferSelect;
