import { expect } from 'vitest';
import { checkAxe, type E2e } from '../harness';
import { horizontalOverflow, rawKeysOnPage, smallTouchTargets, translationKeys } from './checks';
import type { DemoParams } from './demo';
import { pagesOf, type Role } from './routes';
import { walkRole } from './walk';

/** The product's own name: a tab titled only this says nothing about the page (white-label hosts aside). */
const PRODUCT_NAME = 'Affiliate Edge';

/**
 * Every page of a role in English at 1440 px (light) and in Russian at 375 px (dark), and what is wrong with
 * each: sideways scroll or a touch target under 44 px at 375 px, a missing, bare or shared tab title, a
 * translation key on screen, a console error, a serious or critical axe finding. Each layout, language and
 * scheme is seen once: the phone layout in Russian, whose words are the longest, so what fits in Russian fits
 * in English (a third pass, English at 375 px, was a third of these suites' page visits).
 * Fails listing all of them, so one run shows every page's problems.
 */
export async function checkRolePages(e2e: Pick<E2e, 'newPage'>, role: Role, params: DemoParams): Promise<void> {
  const pages = pagesOf(role, params[role]);
  const known = translationKeys();
  const problems: string[] = [];
  for (const lang of ['en', 'ru'] as const) {
    const titles = new Map<string, string>();
    // The screenshots (npm run screenshots) still show both languages at both widths.
    const widths = lang === 'en' ? [1440] : [375];
    await walkRole(e2e, { role, pages, lang, widths }, async ({ page, target, width, h1, consoleErrors, loadMs }) => {
      const where = `${role} ${lang} ${width}px ${target.route}`;
      if (loadMs > 5_000) console.log(`every-page slow: ${where} took ${loadMs} ms to load`);
      const report = (what: string) => problems.push(`${where}: ${what}`);
      if (!h1) report('no h1 within 30 s');
      for (const error of consoleErrors) report(`console: ${error}`);
      if (width < 768) {
        const overflow = await horizontalOverflow(page);
        if (overflow.by > 0) report(`scrolls sideways by ${overflow.by}px: ${overflow.culprits.join(' | ')}`);
        const small = await smallTouchTargets(page);
        if (small.length > 0) report(`touch targets under 44 px: ${small.join(' | ')}`);
      }
      const keys = await rawKeysOnPage(page, known);
      if (keys.length > 0) report(`translation keys on screen: ${keys.join(', ')}`);
      // The title follows the page's h1 in an effect: give it a moment after a client-side navigation. Both are
      // read live, as the page is when the check ends.
      const h1Text = `document.querySelector('h1:not([data-every-page-old])')?.textContent?.trim() ?? ''`;
      const followed = await page
        // The title's page part is the h1's text, which may go on with badges ("Payout batch" + "Proposed").
        .waitForFunction(
          `(() => { const heading = ${h1Text}; const page = document.title.split(' · ')[0].trim(); return heading === '' || (page !== '' && heading.includes(page)); })()`,
          undefined,
          { timeout: 5_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (!followed)
        report(
          `tab title "${await page.title()}" does not follow the page's h1 "${String(await page.evaluate(h1Text))}"`,
        );
      const title = await page.title();
      // A redirecting route (/platform → /platform/users) shows the page it lands on, title included.
      const landed = new URL(page.url()).pathname;
      // "<page> · <organization or product>" (usePageTitle): a page part, then whose it is.
      const [pagePart, owner] = title.split(' · ');
      if (!pagePart?.trim() || !owner?.trim() || pagePart.trim() === PRODUCT_NAME)
        report(`tab title says nothing of the page: "${title}"`);
      else if (titles.has(title) && titles.get(title) !== landed)
        report(`tab title "${title}" is also ${titles.get(title)}'s`);
      else titles.set(title, landed);
      await checkAxe(page, where).catch((error: Error) =>
        report(error.message.replace(/\s*\n\s*/g, ' | ').slice(0, 800)),
      );
    });
  }
  // The problems are the assertion's message too, so the failure's summary (dev/test-failures.ts) names them.
  expect(problems, `every-page problems:\n${problems.join('\n')}`).toEqual([]);
}
