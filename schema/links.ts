import { index, jsonb, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { creatives } from './creatives';
import { enrollments } from './enrollments';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { users } from './users';
import { id, timestamps } from './util/columns';

/** Link-builder output: a short link `/r/{slug}` to a landing URL with UTM and custom params. */
export const links = affiliate.table(
  'links',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The enrollment whose clicks the link tracks. */
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    /** Copied from the enrollment, like program_id and affiliate_id, so scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The enrollment's program. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    /** The enrollment's affiliate. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** Label given by the affiliate. */
    name: text().notNull(),
    /** Where the link sends the visitor; on the program's allowed domains. */
    landingUrl: text().notNull(),
    /** Query parameters appended on redirect, utm_* included. */
    params: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** The `{slug}` of `/r/{slug}`; globally unique. */
    slug: text().notNull(),
    /**
     * The creative this link is the banner link of (made when the affiliate first takes the creative), so the
     * link rollup counts each creative's clicks; NULL for links made in the link builder.
     */
    creativeId: uuid().references(() => creatives.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    unique('links_slug_unique').on(t.slug),
    index('links_enrollment_id_idx').on(t.enrollmentId),
    index('links_organization_id_idx').on(t.organizationId),
    index('links_program_id_idx').on(t.programId),
    index('links_affiliate_id_idx').on(t.affiliateId),
    uniqueIndex('links_creative_id_enrollment_id_unique').on(t.creativeId, t.enrollmentId),
  ],
);

export type Link = typeof links.$inferSelect;
