import type { LandingBlock, LandingDocument } from './queries/landing-pages';

export type BlockKind = LandingBlock['kind'];
export type Lang = 'en' | 'ru';
export const BLOCK_KINDS: BlockKind[] = ['text', 'image', 'faq', 'calculator', 'testimonials'];

/** A block id unique within the document (the server checks it); short, since it also names the block's heading id. */
const newId = () => crypto.randomUUID().slice(0, 8);

/** An empty block of the kind, English only (Russian readers see the English until a Russian version is written). */
export function newBlock(kind: BlockKind): LandingBlock {
  const id = newId();
  switch (kind) {
    case 'text':
      return { id, kind, en: { markdown: '' }, ru: null };
    case 'image':
      return { id, kind, image: { type: 'url', url: '' }, en: { alt: '', caption: '' }, ru: null };
    case 'faq':
      return { id, kind, en: { title: '', items: [{ question: '', answer: '' }] }, ru: null };
    case 'calculator':
      return { id, kind, customers: 20, priceMinor: 4900, en: { title: '' }, ru: null };
    case 'testimonials':
      return { id, kind, en: { title: '', items: [{ quote: '', name: '', role: '', photo: null }] }, ru: null };
  }
}

/** The document with the block at `from` moved to `to` (both in range). */
export function moveBlock(doc: LandingDocument, from: number, to: number): LandingDocument {
  const blocks = [...doc.blocks];
  const [moved] = blocks.splice(from, 1);
  blocks.splice(to, 0, moved!);
  return { ...doc, blocks };
}

export function replaceBlock(doc: LandingDocument, index: number, block: LandingBlock): LandingDocument {
  return { ...doc, blocks: doc.blocks.map((b, i) => (i === index ? block : b)) };
}

export function removeBlock(doc: LandingDocument, index: number): LandingDocument {
  return { ...doc, blocks: doc.blocks.filter((_, i) => i !== index) };
}

/** The variant edited in `lang`: the English one, or the Russian one (null until written). */
export const variantIn = <B extends LandingBlock>(block: B, lang: Lang): B['en'] | null =>
  lang === 'en' ? block.en : (block.ru as B['en'] | null);

/** The block with its `lang` variant replaced. */
export const withVariant = <B extends LandingBlock>(block: B, lang: Lang, variant: B['en'] | null): B =>
  lang === 'en' ? { ...block, en: variant! } : { ...block, ru: variant };
