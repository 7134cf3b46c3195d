import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CreativeKind } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { checkIn } from './util/checks';
import { id, timestamps } from './util/columns';

/** A program's creatives library: banners (image), text links (body) and banner templates (SVG rendered per affiliate). */
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
    /** The advertiser's own grouping (e.g. "Spring sale", "Sidebar"); NULL: none. Searched on both consoles. */
    category: text(),
    /** A template's SVG with its placeholders (docs/engagement.md), validated at upload; NULL for other kinds. */
    template: text(),
    /** Bumped on every change of template or sizes: rendered banners are cached under it, so a change renders anew. */
    templateVersion: integer().notNull().default(1),
    /** The sizes a template renders at, first the main one (also in width/height); NULL for other kinds. */
    sizes: jsonb().$type<{ width: number; height: number }[]>(),
    ...timestamps,
  },
  (t) => [
    index('creatives_program_id_idx').on(t.programId),
    index('creatives_organization_id_idx').on(t.organizationId),
    index('creatives_program_id_category_idx').on(t.programId, t.category),
    uniqueIndex('creatives_image_key_unique').on(t.imageKey),
    checkIn('creatives_kind_check', t.kind, CreativeKind),
    check(
      'creatives_content_check',
      sql`(${t.kind} <> 'banner' OR ${t.imageUrl} IS NOT NULL) AND (${t.kind} <> 'text_link' OR ${t.body} IS NOT NULL) AND (${t.kind} <> 'template' OR (${t.template} IS NOT NULL AND ${t.sizes} IS NOT NULL))`,
    ),
    check('creatives_size_check', sql`${t.width} > 0 AND ${t.height} > 0`),
  ],
);

export type Creative = typeof creatives.$inferSelect;
