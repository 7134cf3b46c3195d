import { z } from 'zod';

/**
 * What the API Worker asks the renderer Worker (workers/renderer-worker.ts) for, over the RENDERER service binding:
 * a PDF laid out from a document's blocks, or a PNG of a filled banner SVG. JSON, validated at the renderer's door.
 */
const pdfRow = z.object({ label: z.string().max(500), value: z.string().max(5_000) });
const pdfBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string().max(500) }),
  z.object({ kind: z.literal('rows'), rows: z.array(pdfRow).max(500) }),
  z.object({ kind: z.literal('paragraph'), text: z.string().max(20_000) }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(z.string().max(500)).min(1).max(20),
    rows: z.array(z.array(z.string().max(1_000)).max(20)).max(5_000),
    alignRight: z.array(z.number().int().min(0).max(19)).max(20).optional(),
  }),
]);

export const renderRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('pdf'),
    document: z.object({
      title: z.string().min(1).max(500),
      subtitle: z.string().max(500).optional(),
      blocks: z.array(pdfBlock).max(1_000),
      footer: z.string().max(1_000),
      /** The document's own date (ISO 8601): the PDF's creation date, so the same data gives the same bytes. */
      createdAt: z.iso.datetime({ offset: true }),
    }),
  }),
  z.object({
    kind: z.literal('png'),
    // Templates are capped at 200 KB when saved (filled, a little more); the width at the API's banner size bound.
    svg: z.string().min(1).max(1_000_000),
    width: z.number().int().min(1).max(10_000),
  }),
]);

export type RenderRequest = z.input<typeof renderRequest>;

/** The renderer's only path: it has no public route, so only a service binding reaches it. */
export const RENDER_PATH = '/render';
