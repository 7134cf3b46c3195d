import { sql } from 'drizzle-orm';
import { check, index, integer, text, unique, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { users } from './users';
import { createdAt, id } from './util/columns';

/**
 * The terms an affiliate accepts to apply to a program, one row per version: a change never edits a row,
 * it adds the next version, so what an enrollment accepted (enrollments.terms_version) stays readable.
 * The highest version is the current one; a program without rows asks for no acceptance.
 */
export const programTerms = affiliate.table(
  'program_terms',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The program's advertiser, copied so tenant-scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The program the terms are for. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** 1, 2, …: per program, in the order they were published. */
    version: integer().notNull(),
    /** The terms in English (plain text or Markdown, shown as written). */
    bodyEn: text().notNull(),
    /** The terms in Russian; NULL: Russian readers see the English text. */
    bodyRu: text(),
    /** The member who published this version; NULL once that account is gone. */
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** When this version was published. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('program_terms_program_id_version_unique').on(t.programId, t.version),
    index('program_terms_organization_id_idx').on(t.organizationId),
    index('program_terms_created_by_id_idx').on(t.createdById),
    check('program_terms_version_check', sql`${t.version} >= 1`),
    check(
      'program_terms_body_check',
      sql`char_length(${t.bodyEn}) BETWEEN 1 AND 20000 AND char_length(${t.bodyRu}) <= 20000`,
    ),
  ],
);

export type ProgramTermsVersion = typeof programTerms.$inferSelect;
