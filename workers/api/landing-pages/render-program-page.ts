import { html, raw } from 'hono/html';
import { PageHeadings } from '../../domain/landing-headings';
import { type LandingLocale, landingWords } from '../../domain/landing-words';
import { programTermsText } from '../../domain/program-terms-text';
import type { ProgramPage } from '../../services/landing-pages';
import { PAGE_STYLES } from './page-styles';
import { renderBlocks } from './render-blocks';
import { renderCalculator } from './render-calculator';
import { inkOn, safeColor, safeHttpUrl } from './safe-url';

const PLATFORM_BRAND = '#364fc7';

export interface PageRequest {
  origin: string;
  locale: LandingLocale;
  customers: number;
  priceMinor: number;
  /** The advertiser's preview of an unpublished version: marked as such and kept out of search engines. */
  preview?: boolean;
}

/** The public path of a program's (or group's) page; the sitemap and canonical links use the same. */
export function pagePath(programId: string, groupId: string | null): string {
  return groupId ? `/programs/${programId}/groups/${groupId}` : `/programs/${programId}`;
}

/**
 * A program's public page as HTML, whole and without script: everything the advertiser typed goes through
 * hono/html's escaping or the strict Markdown renderer, and every URL it gave through safeHttpUrl, so no markup
 * of theirs ever runs. The generated parts (terms, Apply, the terms' FAQ, "Questions about the terms") are never the advertiser's text.
 */
export function renderProgramPage(page: ProgramPage, req: PageRequest): string {
  const w = landingWords(req.locale);
  const terms = programTermsText(page.terms, page, req.locale);
  const path = pagePath(page.program.id, page.group?.id ?? null);
  const canonical = `${req.origin}${path}${req.locale === 'ru' ? '?lang=ru' : ''}`;
  const other = req.locale === 'ru' ? path : `${path}?lang=ru`;
  const title = page.group
    ? `${page.program.name} · ${w.groupOf(page.group.name)} — ${page.advertiser.name}`
    : `${page.program.name} — ${page.advertiser.name}`;
  const description = w.description(page.app.name, terms.commission);
  const brand = safeColor(page.advertiser.primaryColor, PLATFORM_BRAND);
  const logo = safeHttpUrl(page.advertiser.logoUrl);
  const applyHref = `/affiliate/marketplace?program=${page.program.id}`;
  const intro = page.group?.description ?? page.program.description;
  // The generated sections claim their headings first; an advertiser's block that repeats one is numbered.
  const headings = new PageHeadings();
  const calculatorBlock = page.blocks.some((b) => b.kind === 'calculator');
  const h = {
    earn: headings.claim(w.whatYouEarn),
    calculator: calculatorBlock ? '' : headings.claim(w.calculator),
    brief: page.program.onboardingBrief ? headings.claim(w.brief) : '',
    goals: page.program.goals ? headings.claim(w.goals) : '',
    creatives: page.creatives.length > 0 ? headings.claim(w.creatives) : '',
    termsFaq: headings.claim(w.termsFaq),
  };
  const body = html`<!doctype html>
<html lang="${req.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${req.preview ? html`<meta name="robots" content="noindex">` : ''}
<meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="en" href="${req.origin}${path}">
<link rel="alternate" hreflang="ru" href="${req.origin}${path}?lang=ru">
<meta property="og:type" content="website">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
<meta property="og:site_name" content="${page.advertiser.name}">
<meta property="og:locale" content="${req.locale === 'ru' ? 'ru_RU' : 'en_US'}">
${logo ? html`<meta property="og:image" content="${logo}">` : ''}
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<style>:root{--brand:${brand};--ink:${inkOn(brand)}}${raw(PAGE_STYLES)}</style>
</head>
<body>
${req.preview ? html`<p class="preview-note" role="status">${w.preview}</p>` : ''}
<header class="top"><div class="wrap">
<div class="brand">${logo ? html`<img src="${logo}" alt="">` : ''}<span>${page.advertiser.name}</span></div>
<a href="${other}" hreflang="${req.locale === 'ru' ? 'en' : 'ru'}" lang="${req.locale === 'ru' ? 'en' : 'ru'}">${w.otherLanguage}</a>
</div></header>
<main>
<div class="hero"><div class="wrap">
<p class="eyebrow">${page.app.name} · ${w.payoutModel[page.terms.payoutModel]}</p>
<h1>${page.program.name}${page.group ? html` · ${w.groupOf(page.group.name)}` : ''}</h1>
${intro ? html`<p class="lead">${intro}</p>` : ''}
<p class="pay">${terms.commission}</p>
<p><a class="button" href="${applyHref}">${w.apply}</a></p>
<p class="hint">${w.applyHint}</p>
</div></div>
<div class="wrap">
<section aria-labelledby="earn"><h2 id="earn">${h.earn}</h2>
<ul class="terms">${terms.lines.map((line) => html`<li>${line}</li>`)}</ul></section>
${calculatorBlock ? '' : renderCalculator(page, req, w, path, h.calculator)}
${renderBlocks(page, req, w, path, headings)}
${page.program.onboardingBrief ? html`<section aria-labelledby="brief"><h2 id="brief">${h.brief}</h2><p class="prose">${page.program.onboardingBrief}</p></section>` : ''}
${page.program.goals ? html`<section aria-labelledby="goals"><h2 id="goals">${h.goals}</h2><p class="prose">${page.program.goals}</p></section>` : ''}
${
  page.creatives.length > 0
    ? html`<section aria-labelledby="creatives"><h2 id="creatives">${h.creatives}</h2><div class="creatives">${page.creatives.map(
        (c) => {
          const src = safeHttpUrl(c.imageUrl);
          return src
            ? html`<figure><img src="${src}" alt="${c.name}" loading="lazy"${c.width ? html` width="${c.width}"` : ''}${c.height ? html` height="${c.height}"` : ''}><figcaption>${c.name}</figcaption></figure>`
            : '';
        },
      )}</div></section>`
    : ''
}
<section aria-labelledby="faq"><h2 id="faq">${h.termsFaq}</h2>${w
    .faqItems({
      cookieDays: page.cookieDays,
      holdDays: page.terms.holdDays,
      approval: page.visibility === 'approval',
      attribution: w.attribution[page.attributionRule],
    })
    .map(([q, a]) => html`<details><summary>${q}</summary><p>${a}</p></details>`)}</section>
</div>
</main>
<footer><a class="button solid" href="${applyHref}">${w.apply}</a></footer>
</body>
</html>`;
  return body.toString();
}
