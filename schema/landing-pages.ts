import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, unique, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programGroups } from './program-groups';
import { programs } from './programs';
import { users } from './users';
import { id, timestamps, timestamptz } from './util/columns';

/**
 * The blocks an advertiser adds to a program's public page (group_id NULL) or to a partner group's: a draft
 * being edited, and the version visitors see. Each is the contracts' LandingDocument (a versioned JSON
 * document of ordered blocks, each with English and Russian variants), as the API's zod schema accepted it.
 */
export const landingPages = affiliate.table(
  'landing_pages',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The program's advertiser, copied so tenant-scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The program whose page this is. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The partner group whose page this is; NULL: the program's own page. */
    groupId: uuid(),
    /** The document being edited: previewable by the advertiser, never served to visitors. */
    draft: jsonb().$type<object>().notNull(),
    /** The document visitors see; NULL: never published (the page shows only its generated parts). */
    published: jsonb().$type<object>(),
    /** 1, 2, …: bumped by each publication, so the audit log can name what went live. */
    publishedVersion: integer().notNull().default(0),
    /** When the published document last went live. */
    publishedAt: timestamptz(),
    /** Who published it; NULL once that user is deleted. */
    publishedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    // One page per program and one per group: NULLs are equal here.
    unique('landing_pages_program_id_group_id_unique').on(t.programId, t.groupId).nullsNotDistinct(),
    index('landing_pages_organization_id_idx').on(t.organizationId),
    index('landing_pages_group_id_idx').on(t.groupId),
    index('landing_pages_published_by_id_idx').on(t.publishedById),
    foreignKey({
      name: 'landing_pages_group_fk',
      columns: [t.programId, t.groupId],
      foreignColumns: [programGroups.programId, programGroups.id],
    }).onDelete('cascade'),
    check('landing_pages_draft_check', sql`jsonb_typeof(${t.draft}) = 'object'`),
    check('landing_pages_published_check', sql`jsonb_typeof(${t.published}) = 'object'`),
  ],
);

export type LandingPage = typeof landingPages.$inferSelect;
