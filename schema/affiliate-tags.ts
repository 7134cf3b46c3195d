import { index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { id, timestamps } from './util/columns';

/**
 * A label an advertiser's team gave one of its affiliates ("vip", "coupon sites"); one row per tag, unique per
 * affiliate within the advertiser. Seen by the advertiser's members only.
 */
export const affiliateTags = affiliate.table(
  'affiliate_tags',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser whose team set it. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The affiliate it labels. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The tag, trimmed and lower-cased, so "VIP" and "vip" are one. */
    tag: text().notNull(),
    /** The member who set it; NULL once that account is gone. */
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    // Leads with organization_id, so it also serves as that foreign key's index.
    unique('affiliate_tags_organization_id_affiliate_id_tag_unique').on(t.organizationId, t.affiliateId, t.tag),
    index('affiliate_tags_affiliate_id_idx').on(t.affiliateId),
    index('affiliate_tags_created_by_id_idx').on(t.createdById),
  ],
);

export type AffiliateTag = typeof affiliateTags.$inferSelect;
