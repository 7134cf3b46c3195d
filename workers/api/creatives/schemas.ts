import { z } from '@hono/zod-openapi';
import type { Creative, CreativeLibrary, CreativeStats } from '../../services/creatives';
import { MAX_TEMPLATE_CHARS } from '../../domain/banner-template';
import { CreativeKind } from '../../../schema/enums';
import { httpsUrl, idParam, iso, name, timestamp } from '../shared/schemas';

export const creativesParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });
export const creativeParams = creativesParams.extend({ creativeId: idParam('creativeId') });

const size = z.number().int().min(1).max(10_000).describe('Pixels');
const body = z.string().trim().min(1).max(2_000).describe('The text of a text link');
const targetUrl = httpsUrl.nullable().describe("On the program's allowed domains; NULL: the program's landing URL");
const imageUrl = httpsUrl.describe('A linked image (https)');
const category = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .nullable()
  .describe('The advertiser’s own grouping, searched on both consoles; NULL: none');
const template = z
  .string()
  .min(1)
  .max(MAX_TEMPLATE_CHARS)
  .describe(
    'An SVG with a viewBox; in its text {{coupon}}, {{link}} and {{name}} become the affiliate’s, and a ' +
      '<rect data-ae="qr" x y width height/> becomes the QR code of its link. No scripts, event handlers, ' +
      'styles, foreignObject or outside references.',
  );
const bannerSize = z.strictObject({ width: size, height: size }).openapi('BannerSize');
const sizes = z.array(bannerSize).min(1).max(12).describe('The sizes it renders at; the first is the main one');
const imageKey = z
  .string()
  .max(200)
  .describe('The key POST /orgs/{orgId}/creative-images answered: an image this organization uploaded');

export const createCreativeBody = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('banner'),
        name,
        imageUrl: imageUrl.optional(),
        imageKey: imageKey.optional(),
        width: size,
        height: size,
        targetUrl: targetUrl.optional(),
        category: category.optional(),
      })
      .refine((b) => (b.imageUrl === undefined) !== (b.imageKey === undefined), {
        message: 'Give exactly one of imageUrl (a linked image) and imageKey (an uploaded one)',
        path: ['imageUrl'],
      }),
    z.strictObject({
      kind: z.literal('text_link'),
      name,
      body,
      targetUrl: targetUrl.optional(),
      category: category.optional(),
    }),
    z.strictObject({
      kind: z.literal('template'),
      name,
      template,
      sizes,
      targetUrl: targetUrl.optional(),
      category: category.optional(),
    }),
  ])
  .openapi('CreateCreative');

export const updateCreativeBody = z
  .strictObject({
    name: name.optional(),
    imageUrl: imageUrl.optional().describe('Banners only; a linked image replaces an uploaded one (deleted)'),
    imageKey: imageKey.optional().describe('Banners only; the uploaded image replaces the current one'),
    width: size.optional().describe('Banners only'),
    height: size.optional().describe('Banners only'),
    body: body.optional().describe('Text links only'),
    template: template.optional().describe('Templates only; renders anew'),
    sizes: sizes.optional().describe('Templates only; renders anew'),
    targetUrl: targetUrl.optional(),
    category: category.optional(),
  })
  .refine((c) => c.imageUrl === undefined || c.imageKey === undefined, {
    message: 'Give at most one of imageUrl and imageKey',
    path: ['imageKey'],
  })
  .openapi('UpdateCreative');

export type CreateCreativeInput = z.infer<typeof createCreativeBody>;
export type CreativeChanges = z.infer<typeof updateCreativeBody>;

export const creative = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    kind: z.enum(CreativeKind),
    name: z.string(),
    imageUrl: z.string().nullable(),
    uploaded: z.boolean().describe('Whether the image is a file uploaded to the platform (deleted with the creative)'),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    body: z.string().nullable(),
    targetUrl: z.string().nullable(),
    category: z.string().nullable(),
    template: z.string().nullable().describe('A template’s SVG, as uploaded'),
    sizes: z.array(bannerSize).describe('A template’s sizes; a banner’s one size; none for a text link'),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Creative');

const stats = z
  .object({
    clicks: z.number().int().describe('Accepted clicks on its links over the last 30 days'),
    conversions: z.number().int().describe('Leads and sales (not rejected or reversed) those clicks brought'),
  })
  .openapi('CreativeStats');

export const creativeList = z
  .object({
    items: z.array(creative.extend({ stats })),
    categories: z.array(z.string()).describe('Every category the program’s creatives use'),
  })
  .openapi('CreativeList');

export const creativeSearch = z.object({
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name'),
  category: z.string().trim().min(1).max(60).optional(),
  kind: z.enum(CreativeKind).optional(),
  size: z
    .string()
    .regex(/^[1-9][0-9]{0,4}x[1-9][0-9]{0,4}$/)
    .optional()
    .describe('WIDTHxHEIGHT, e.g. 300x250: a banner of that size or a template rendering at it'),
});

export function creativeFiltersOf(query: z.infer<typeof creativeSearch>) {
  const [width, height] = query.size?.split('x').map(Number) ?? [];
  return { ...query, size: width && height ? { width, height } : undefined };
}

export const creativeListView = (library: CreativeLibrary): z.infer<typeof creativeList> => ({
  items: library.items.map((row) => ({ ...creativeView(row), stats: statsView(row.stats) })),
  categories: library.categories,
});

const statsView = (s: CreativeStats) => ({ clicks: s.clicks, conversions: s.conversions });

export const creativeView = (row: Creative): z.infer<typeof creative> => ({
  id: row.id,
  programId: row.programId,
  kind: row.kind,
  name: row.name,
  imageUrl: row.imageUrl,
  uploaded: row.imageKey !== null,
  width: row.width,
  height: row.height,
  body: row.body,
  targetUrl: row.targetUrl,
  category: row.category,
  template: row.template,
  sizes: row.sizes ?? (row.width && row.height ? [{ width: row.width, height: row.height }] : []),
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});

export const creativeImage = z
  .object({
    key: z.string().describe('Give it as imageKey when creating or changing a banner'),
    url: z.string().describe('Where the file is served'),
    contentType: z.string().describe('The type judged from the file’s bytes'),
    bytes: z.number().int(),
  })
  .openapi('CreativeImage');

export const creativeLinkParams = creativeParams;

export const creativeLink = z
  .object({
    linkId: z.uuid(),
    shortUrl: z.string().describe('Your tracking link for this creative; its clicks count for the creative'),
    snippet: z.string().describe('HTML to paste: the link around the banner (its main size) or the text'),
    banners: z
      .array(
        z.object({
          width: z.number().int(),
          height: z.number().int(),
          svgUrl: z.string(),
          pngUrl: z.string(),
          snippet: z.string(),
        }),
      )
      .describe('A template’s renders with your coupon code, link and name, one per size; empty for other kinds'),
  })
  .openapi('CreativeLink');
