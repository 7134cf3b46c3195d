// The partner app's side of a branded edition: the page Podruga AI would serve on an affiliate's host, in the
// edition's own name, colours and prices (what resolveEdition answered). Plain HTML, no script.
import type { ResolvedEdition } from '../../sdk/typescript/src/index';
import { formatMinorUnits } from '../../workers/domain/format-minor-units';
import { escapeHtml } from './render-settings-page';

const PER = { month: '/ month', year: '/ year', once: '' } as const;

export function renderEditionPage(edition: ResolvedEdition): string {
  const primary = edition.primaryColor ?? '#b5175a';
  const accent = edition.accentColor ?? '#fde68a';
  const plans = edition.plans
    .map(
      (p) => `<li class="plan"><h2>${escapeHtml(p.name)}</h2>
<p class="price"><strong>${escapeHtml(`${formatMinorUnits(p.priceMinor, p.currency)} ${p.currency}`)}</strong> ${PER[p.interval]}</p>
<a class="buy" href="/checkout?plan=${encodeURIComponent(p.code)}">Start with ${escapeHtml(p.name)}</a></li>`,
    )
    .join('\n');
  const logo = edition.logoUrl
    ? `<img class="logo" src="${escapeHtml(edition.logoUrl)}" alt="" width="40" height="40">`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(edition.name)}</title>
${edition.faviconUrl ? `<link rel="icon" href="${escapeHtml(edition.faviconUrl)}">` : ''}
<style>
  :root { --primary: ${primary}; --accent: ${accent}; }
  body { margin: 0; font: 16px/1.5 Inter, system-ui, sans-serif; color: #1f1f29; background: #fafafa; }
  header { display: flex; align-items: center; gap: 12px; padding: 16px 24px; background: var(--primary); color: #fff; }
  header h1 { margin: 0; font-size: 1.4rem; }
  .hero { padding: 32px 24px; background: var(--accent); }
  .hero p { margin: 0; max-width: 40rem; font-size: 1.15rem; }
  ul.plans { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 16px; max-width: 720px; list-style: none; padding: 24px; margin: 0; }
  .plan { background: #fff; border: 1px solid #e4e4ea; border-radius: 12px; padding: 20px; }
  .plan h2 { margin: 0 0 8px; font-size: 1.1rem; }
  .buy { display: inline-block; margin-top: 8px; padding: 10px 16px; border-radius: 8px; background: var(--primary); color: #fff; text-decoration: none; }
  .buy:focus-visible { outline: 3px solid #1f1f29; outline-offset: 2px; }
  footer { padding: 16px 24px; color: #55556a; font-size: .875rem; }
</style>
</head>
<body>
<header>${logo}<h1>${escapeHtml(edition.name)}</h1></header>
<main>
<section class="hero"><p>Your AI friend who listens, remembers and cheers you on, any hour of the day.</p></section>
<ul class="plans" aria-label="Plans">
${plans}
</ul>
</main>
<footer>Powered by Podruga AI · edition ${escapeHtml(edition.host)}</footer>
</body>
</html>
`;
}
