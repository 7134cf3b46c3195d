import { sql } from 'drizzle-orm';
import { check, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CreativeKind } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { checkIn } from './util/checks';
import { id, timestamps } from './util/columns';

/** A program's creatives library: banners (image) and text links (body) for affiliates to use. */
export const creatives = affiliate.table(
  'creatives',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The program the creative promotes. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The program's advertiser, copied so tenant-scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** banner (needs image_url) or text_link (needs body). */
    kind: text({ enum: CreativeKind }).notNull(),
    /** Label shown to affiliates. */
    name: text().notNull(),
    /** The banner image. */
    imageUrl: text(),
    /**
     * The R2 key of an image uploaded for this banner (image_url is then its served URL); NULL for a linked
     * image. Unique: one object belongs to one creative, so deleting the creative may delete the object.
     */
    imageKey: text(),
    /** Banner width in pixels. */
    width: integer(),
    /** Banner height in pixels. */
    height: integer(),
    /** The text of a text link. */
    body: text(),
    /** Where the creative links to; NULL: the program's landing URL. */
    targetUrl: text(),
    ...timestamps,
  },
  (t) => [
    index('creatives_program_id_idx').on(t.programId),
    index('creatives_organization_id_idx').on(t.organizationId),
    uniqueIndex('creatives_image_key_unique').on(t.imageKey),
    checkIn('creatives_kind_check', t.kind, CreativeKind),
    check(
      'creatives_content_check',
      sql`(${t.kind} <> 'banner' OR ${t.imageUrl} IS NOT NULL) AND (${t.kind} <> 'text_link' OR ${t.body} IS NOT NULL)`,
    ),
    check('creatives_size_check', sql`${t.width} > 0 AND ${t.height} > 0`),
  ],
);

export type Creative = typeof creatives.$inferSelect;
