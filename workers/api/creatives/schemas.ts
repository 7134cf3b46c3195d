import { z } from '@hono/zod-openapi';
import type { Creative } from '../../services/creatives';
import { CreativeKind } from '../../../schema/enums';
import { httpsUrl, idParam, iso, name, timestamp } from '../shared/schemas';

export const creativesParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });
export const creativeParams = creativesParams.extend({ creativeId: idParam('creativeId') });

const size = z.number().int().min(1).max(10_000).describe('Pixels');
const body = z.string().trim().min(1).max(2_000).describe('The text of a text link');
const targetUrl = httpsUrl.nullable().describe("On the program's allowed domains; NULL: the program's landing URL");
const imageUrl = httpsUrl.describe('A linked image (https)');
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
      })
      .refine((b) => (b.imageUrl === undefined) !== (b.imageKey === undefined), {
        message: 'Give exactly one of imageUrl (a linked image) and imageKey (an uploaded one)',
        path: ['imageUrl'],
      }),
    z.strictObject({ kind: z.literal('text_link'), name, body, targetUrl: targetUrl.optional() }),
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
    targetUrl: targetUrl.optional(),
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
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Creative');

export const creativeList = z.object({ items: z.array(creative) }).openapi('CreativeList');

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
