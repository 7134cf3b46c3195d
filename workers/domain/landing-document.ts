import { z } from 'zod';
import { MAX_CALCULATOR_CUSTOMERS, MAX_CALCULATOR_PRICE_MINOR } from './earnings-estimate';

/**
 * The blocks an advertiser adds to a program's public page, as one versioned JSON document: ordered blocks,
 * each with an English variant and an optional Russian one (Russian readers get the English one when it is
 * null). Only text and URLs the renderer can make safe are accepted: images are an upload of the advertiser's
 * or an https URL; Markdown is rendered by landing-markdown, which lets no markup through.
 */
export const LANDING_DOCUMENT_VERSION = 1;
export const MAX_BLOCKS = 30;
export const MARKDOWN_MAX = 10_000;
export const MAX_FAQ_ITEMS = 20;
export const MAX_TESTIMONIALS = 12;
export const LANDING_BLOCK_KINDS = ['text', 'image', 'faq', 'calculator', 'testimonials'] as const;
export type LandingBlockKind = (typeof LANDING_BLOCK_KINDS)[number];

const UPLOAD_KEY = /^creative-[0-9a-f-]{36}-image-[0-9a-f-]{36}\.(png|jpg|gif|webp)$/;

/** An absolute https URL with a host and no credentials: nothing else may become an image's src. */
export function isHttpsImageUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export const imageSource = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('upload'),
    key: z.string().max(120).regex(UPLOAD_KEY, 'an image uploaded with uploadCreativeImage'),
  }),
  z.strictObject({
    type: z.literal('url'),
    url: z.string().max(2_048).refine(isHttpsImageUrl, 'Must be an absolute https URL'),
  }),
]);
export type ImageSource = z.output<typeof imageSource>;

const line = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const blockId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _, up to 40');

/** A block: its kind, what every language shares, and the English and (optional) Russian variants. */
const block = <K extends LandingBlockKind, S extends z.ZodRawShape, V extends z.ZodType>(
  kind: K,
  shared: S,
  variant: V,
) => z.strictObject({ id: blockId, kind: z.literal(kind), ...shared, en: variant, ru: variant.nullable() });

const textBlock = block('text', {}, z.strictObject({ markdown: z.string().max(MARKDOWN_MAX) }));
const imageBlock = block('image', { image: imageSource }, z.strictObject({ alt: line(300), caption: line(300) }));
const faqBlock = block(
  'faq',
  {},
  z.strictObject({
    title: line(120),
    items: z
      .array(z.strictObject({ question: required(300), answer: z.string().trim().min(1).max(2_000) }))
      .max(MAX_FAQ_ITEMS),
  }),
);
const calculatorBlock = block(
  'calculator',
  {
    customers: z.number().int().min(0).max(MAX_CALCULATOR_CUSTOMERS).describe('The customers a month shown first'),
    priceMinor: z
      .number()
      .int()
      .min(0)
      .max(MAX_CALCULATOR_PRICE_MINOR)
      .describe('The monthly price shown first, in minor units of the program’s currency'),
  },
  z.strictObject({ title: line(120) }),
);
const testimonialsBlock = block(
  'testimonials',
  {},
  z.strictObject({
    title: line(120),
    items: z
      .array(
        z.strictObject({
          quote: z.string().trim().min(1).max(1_000),
          name: required(100),
          role: line(100),
          photo: imageSource.nullable(),
        }),
      )
      .max(MAX_TESTIMONIALS),
  }),
);

export const landingBlock = z.discriminatedUnion('kind', [
  textBlock,
  imageBlock,
  faqBlock,
  calculatorBlock,
  testimonialsBlock,
]);
export type LandingBlock = z.output<typeof landingBlock>;

export const landingDocument = z
  .strictObject({
    version: z.literal(LANDING_DOCUMENT_VERSION),
    blocks: z.array(landingBlock).max(MAX_BLOCKS),
  })
  .superRefine((doc, ctx) => {
    // Postgres cannot store U+0000 in jsonb, and no page needs it.
    if (JSON.stringify(doc).includes('\\u0000'))
      ctx.addIssue({ code: 'custom', path: ['blocks'], message: 'Text may not contain the NUL character' });
    const seen = new Set<string>();
    doc.blocks.forEach((b, i) => {
      if (seen.has(b.id)) ctx.addIssue({ code: 'custom', path: ['blocks', i, 'id'], message: 'Each block id once' });
      seen.add(b.id);
    });
    // The calculator is one form on the page; a second would repeat it.
    if (doc.blocks.filter((b) => b.kind === 'calculator').length > 1)
      ctx.addIssue({ code: 'custom', path: ['blocks'], message: 'At most one calculator block' });
  });
export type LandingDocument = z.output<typeof landingDocument>;

export const EMPTY_LANDING_DOCUMENT: LandingDocument = { version: LANDING_DOCUMENT_VERSION, blocks: [] };

type Variant<B extends LandingBlock> = B['en'];

/** The block's words in the reader's language: the Russian variant when there is one, else the English. */
export function blockVariant<B extends LandingBlock>(b: B, locale: 'en' | 'ru'): Variant<B> {
  return locale === 'ru' && b.ru ? b.ru : b.en;
}

/** Every uploaded image key the document uses, to check they are the advertiser's own before saving. */
export function uploadKeysOf(doc: LandingDocument): string[] {
  const keys: string[] = [];
  const add = (s: ImageSource | null) => s?.type === 'upload' && keys.push(s.key);
  for (const b of doc.blocks) {
    if (b.kind === 'image') add(b.image);
    if (b.kind === 'testimonials') for (const v of [b.en, b.ru]) for (const t of v?.items ?? []) add(t.photo);
  }
  return [...new Set(keys)];
}
