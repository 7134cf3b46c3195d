import { check, index, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { users } from './users';
import { createdAt, id, timestamptz } from './util/columns';

/**
 * News an advertiser posts to its affiliates: org-wide (program_id NULL) or for one program's
 * approved affiliates. Plain text, shown on the affiliate's home; the campaigns work will add more.
 */
export const programAnnouncements = affiliate.table(
  'program_announcements',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser that posted it. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** Only this program's affiliates see it; NULL: every affiliate of the advertiser. */
    programId: uuid().references(() => programs.id, { onDelete: 'cascade' }),
    /** One line. */
    title: text().notNull(),
    /** Plain text, no markup: line breaks are kept, nothing else is interpreted. */
    body: text().notNull(),
    /** When affiliates see it from. */
    publishedAt: timestamptz().notNull().defaultNow(),
    /** The member who posted it; NULL once that account is gone. */
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** When the row was written. */
    createdAt: createdAt(),
  },
  (t) => [
    index('program_announcements_organization_id_published_at_idx').on(t.organizationId, t.publishedAt),
    index('program_announcements_program_id_idx').on(t.programId),
    index('program_announcements_created_by_id_idx').on(t.createdById),
    check('program_announcements_title_check', sql`char_length(${t.title}) BETWEEN 1 AND 120`),
    check('program_announcements_body_check', sql`char_length(${t.body}) BETWEEN 1 AND 2000`),
  ],
);

export type ProgramAnnouncement = typeof programAnnouncements.$inferSelect;
