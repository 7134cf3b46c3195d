import { html, raw } from 'hono/html';
import { blockVariant, type ImageSource, type LandingBlock } from '../../domain/landing-document';
import type { PageHeadings } from '../../domain/landing-headings';
import { renderLandingMarkdown } from '../../domain/landing-markdown';
import type { LandingWords } from '../../domain/landing-words';
import { uploadUrl } from '../../domain/upload-key';
import type { ProgramPage } from '../../services/landing-pages';
import { renderCalculator } from './render-calculator';
import type { PageRequest } from './render-program-page';
import { safeHttpUrl } from './safe-url';

/**
 * The advertiser's blocks, in their order and the reader's language (English when the Russian is empty). Text
 * goes through hono/html's escaping or the strict Markdown renderer only; image URLs through safeHttpUrl. Each
 * shown section claims its heading from `headings`, so none repeats one already on the page.
 */
export function renderBlocks(
  page: ProgramPage,
  req: PageRequest,
  w: LandingWords,
  path: string,
  headings: PageHeadings,
) {
  const image = (source: ImageSource) =>
    source.type === 'upload' ? uploadUrl(page.uploadsBaseUrl, source.key) : safeHttpUrl(source.url);
  const one = (b: LandingBlock) => {
    const id = `b-${b.id}`;
    switch (b.kind) {
      case 'text': {
        const v = blockVariant(b, req.locale);
        return v.markdown.trim()
          ? html`<section class="prose-block">${raw(renderLandingMarkdown(v.markdown))}</section>`
          : '';
      }
      case 'image': {
        const v = blockVariant(b, req.locale);
        const src = image(b.image);
        return src
          ? html`<figure class="image-block"><img src="${src}" alt="${v.alt}" loading="lazy">${v.caption ? html`<figcaption>${v.caption}</figcaption>` : ''}</figure>`
          : '';
      }
      case 'faq': {
        const v = blockVariant(b, req.locale);
        if (v.items.length === 0) return '';
        return html`<section aria-labelledby="${id}"><h2 id="${id}">${headings.claim(v.title || w.faq)}</h2>${v.items.map(
          (item) => html`<details><summary>${item.question}</summary><p class="prose">${item.answer}</p></details>`,
        )}</section>`;
      }
      case 'calculator':
        return renderCalculator(page, req, w, path, headings.claim(blockVariant(b, req.locale).title || w.calculator));
      case 'testimonials': {
        const v = blockVariant(b, req.locale);
        if (v.items.length === 0) return '';
        return html`<section aria-labelledby="${id}"><h2 id="${id}">${headings.claim(v.title || w.testimonials)}</h2><div class="quotes">${v.items.map(
          (t) => {
            const photo = t.photo ? image(t.photo) : null;
            return html`<figure class="quote"><blockquote class="prose">${t.quote}</blockquote><figcaption>${photo ? html`<img src="${photo}" alt="" width="48" height="48" loading="lazy">` : ''}<span><strong>${t.name}</strong>${t.role ? html`<br><span class="muted">${t.role}</span>` : ''}</span></figcaption></figure>`;
          },
        )}</div></section>`;
      }
    }
  };
  return page.blocks.map(one);
}
