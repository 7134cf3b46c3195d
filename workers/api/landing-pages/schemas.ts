import { z } from '@hono/zod-openapi';
import { MAX_CALCULATOR_CUSTOMERS } from '../../domain/earnings-estimate';
import { landingDocument } from '../../domain/landing-document';
import type { LandingPageState } from '../../services/landing-pages';
import { idParam, iso, orgParams, timestamp } from '../shared/schemas';

export const programPageParams = z.object({ programId: z.uuid() });
export const groupPageParams = programPageParams.extend({ groupId: z.uuid() });

export const programPageQuery = z.object({
  lang: z.enum(['en', 'ru']).optional().describe('The page’s language; absent: English'),
  customers: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_CALCULATOR_CUSTOMERS)
    .optional()
    .describe('The earnings calculator: customers referred a month (default 20)'),
  price: z
    .string()
    .max(16)
    .regex(/^\d{1,9}(\.\d{1,3})?$/, 'a plain decimal such as 49 or 49.90')
    .optional()
    .describe(
      'The earnings calculator: what a customer pays a month, in major units of the program’s currency (default 49)',
    ),
});

export const htmlResponse = (description: string) => ({
  description,
  content: { 'text/html': { schema: z.string().describe('A whole HTML document, without script') } },
});

export const xmlResponse = (description: string) => ({
  description,
  content: { 'application/xml': { schema: z.string().describe('A sitemaps.org urlset') } },
});

export const editorParams = orgParams.extend({ programId: idParam('programId') });
export const editorQuery = z.object({
  groupId: z.uuid().optional().describe('A partner group of the program: its own page; absent: the program’s page'),
});
export const previewQuery = editorQuery.extend({
  lang: z.enum(['en', 'ru']).optional().describe('The language to preview; absent: English'),
});

/**
 * The blocks of the page, in order (at most 30): text (Markdown: headings, paragraphs, emphasis, lists,
 * http(s)/mailto links, code; no HTML), image (an upload's key or an https URL), FAQ, the earnings calculator's
 * defaults, testimonials. Each block has an English variant and a Russian one (null: Russian readers see the English).
 */
export const landingDocumentSchema = landingDocument.openapi('LandingDocument');
export const landingDraftBody = z
  .strictObject({
    document: landingDocumentSchema,
  })
  .openapi('LandingDraftBody', {
    description:
      'The page’s blocks in order (at most 30): text (Markdown: headings, paragraphs, emphasis, lists, http(s)/mailto ' +
      'links, code; no HTML), image (an uploaded key or an https URL), FAQ, the calculator’s defaults, testimonials; ' +
      'each with an English variant and a Russian one (null: Russian readers see the English).',
  });

export const landingPageView = z
  .object({
    programId: z.uuid(),
    groupId: z.uuid().nullable(),
    // draft: what the editor saved (only its advertiser sees it, in the preview); published: what visitors see
    // (null: never published). No .describe(): on a referenced schema it would wrap the reference in allOf.
    draft: landingDocumentSchema,
    // A union rather than .nullable(): the refined component's nullable form is typed as an intersection.
    published: z.union([landingDocumentSchema, z.null()]),
    publishedVersion: z.number().int().describe('0 until the first publication, then 1, 2, …'),
    publishedAt: timestamp.nullable(),
    unpublishedChanges: z.boolean().describe('The draft differs from the published document'),
    updatedAt: timestamp.nullable(),
  })
  .openapi('LandingPage');

export const landingPageResult = (s: LandingPageState): z.infer<typeof landingPageView> => ({
  ...s,
  publishedAt: s.publishedAt ? iso(s.publishedAt) : null,
  updatedAt: s.updatedAt ? iso(s.updatedAt) : null,
});
