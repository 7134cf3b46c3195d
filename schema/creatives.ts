import { sql } from 'drizzle-orm';
import { check, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { CreativeKind } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { checkIn } from './util/checks';
import { id, timestamps } from './util/columns';

// A program's creatives library: banners (image) and text links (body).
export const creatives = affiliate.table(
  'creatives',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    kind: text({ enum: CreativeKind }).notNull(),
    name: text().notNull(),
    imageUrl: text(),
    width: integer(),
    height: integer(),
    body: text(),
    // NULL: the program's landing URL.
    targetUrl: text(),
    ...timestamps,
  },
  (t) => [
    index('creatives_program_id_idx').on(t.programId),
    index('creatives_organization_id_idx').on(t.organizationId),
    checkIn('creatives_kind_check', t.kind, CreativeKind),
    check(
      'creatives_content_check',
      sql`(${t.kind} <> 'banner' OR ${t.imageUrl} IS NOT NULL) AND (${t.kind} <> 'text_link' OR ${t.body} IS NOT NULL)`,
    ),
    check('creatives_size_check', sql`${t.width} > 0 AND ${t.height} > 0`),
  ],
);

export type Creative = typeof creatives.$inferSelect;
