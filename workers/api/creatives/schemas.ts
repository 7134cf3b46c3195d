import { z } from '@hono/zod-openapi';
import type { Creative } from '../../services/creatives';
import { CreativeKind } from '../../../schema/enums';
import { httpsUrl, idParam, iso, name, timestamp } from '../shared/schemas';

export const creativesParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });
export const creativeParams = creativesParams.extend({ creativeId: idParam('creativeId') });

const size = z.number().int().min(1).max(10_000).describe('Pixels');
const body = z.string().trim().min(1).max(2_000).describe('The text of a text link');
const targetUrl = httpsUrl.nullable().describe("On the program's allowed domains; NULL: the program's landing URL");

export const createCreativeBody = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('banner'),
      name,
      imageUrl: httpsUrl,
      width: size,
      height: size,
      targetUrl: targetUrl.optional(),
    }),
    z.strictObject({ kind: z.literal('text_link'), name, body, targetUrl: targetUrl.optional() }),
  ])
  .openapi('CreateCreative');

export const updateCreativeBody = z
  .strictObject({
    name: name.optional(),
    imageUrl: httpsUrl.optional().describe('Banners only'),
    width: size.optional().describe('Banners only'),
    height: size.optional().describe('Banners only'),
    body: body.optional().describe('Text links only'),
    targetUrl: targetUrl.optional(),
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
  width: row.width,
  height: row.height,
  body: row.body,
  targetUrl: row.targetUrl,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});
