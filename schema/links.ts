import { index, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
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
    ...timestamps,
  },
  (t) => [
    unique('links_slug_unique').on(t.slug),
    index('links_enrollment_id_idx').on(t.enrollmentId),
    index('links_organization_id_idx').on(t.organizationId),
    index('links_program_id_idx').on(t.programId),
    index('links_affiliate_id_idx').on(t.affiliateId),
  ],
);

export type Link = typeof links.$inferSelect;
