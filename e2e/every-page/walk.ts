import type { Page } from 'playwright-core';
import { type E2e, logInAt } from '../harness';
import { DEMO_USERS } from './demo';
import type { PageToVisit, Role } from './routes';
import { goTo, pageReady, watchConsole } from './visit';

export type Visit = {
  page: Page;
  target: PageToVisit;
  width: number;
  /** The page showed an h1 of its own in time. */
  h1: boolean;
  /** Console errors and uncaught exceptions while it loaded. */
  consoleErrors: string[];
  /** From the navigation to the page's h1 with nothing loading any more. */
  loadMs: number;
};

/**
 * Signs the role's demo user in once per language, then opens each page by client-side navigation at each
 * width in turn (one app boot per language), handing every page to `onPage`. The Russian pass runs in the dark
 * colour scheme, so both schemes are seen without a pass of their own.
 */
export async function walkRole(
  e2e: Pick<E2e, 'newPage'>,
  input: { role: Role; pages: PageToVisit[]; lang: 'en' | 'ru'; widths: number[] },
  onPage: (visit: Visit) => Promise<void>,
): Promise<void> {
  const [first] = input.pages;
  if (!first) return;
  // Signed in through the English login form (logInAt's labels) at desktop width (on a phone the language
  // switch is inside the closed navbar), then switched to the pass's language, as a person would.
  const page = await e2e.newPage({ locale: 'en', width: 1440 });
  try {
    await page.emulateMedia({ colorScheme: input.lang === 'ru' ? 'dark' : 'light' });
    const errors = watchConsole(page);
    await logInAt(page, first.path, DEMO_USERS[input.role]);
    // The login form's own h1 would satisfy pageReady: the first page was judged as the login page.
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
    await pageReady(page);
    await useLanguage(page, input.lang);
    errors.take();
    for (const width of input.widths) {
      await page.setViewportSize({ width, height: width < 768 ? 812 : 900 });
      for (const target of input.pages) {
        const started = Date.now();
        const trace = traceRequests(page, target.route, started);
        const { h1 } = await goTo(page, target.path);
        trace?.print(`${input.role} ${input.lang} ${width}px ${target.route} ${Date.now() - started} ms`);
        await onPage({ page, target, width, h1, consoleErrors: errors.take(), loadMs: Date.now() - started });
      }
    }
  } finally {
    await page.context().close();
  }
}

/**
 * With E2E_PAGE_TRACE=<regex of routes> the walk prints each matching page's requests as a waterfall (start and
 * end in ms from the navigation), to see where a slow page's time goes: requests in series, a slow report.
 */
function traceRequests(page: Page, route: string, started: number): { print(label: string): void } | undefined {
  const pattern = process.env.E2E_PAGE_TRACE;
  if (!pattern || !new RegExp(pattern).test(route)) return undefined;
  const lines: { url: string; start: number; end?: number }[] = [];
  const onRequest = (request: { url(): string }) => lines.push({ url: request.url(), start: Date.now() - started });
  const onDone = (request: { url(): string }) => {
    const line = lines.find((l) => l.url === request.url() && l.end === undefined);
    if (line) line.end = Date.now() - started;
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  return {
    print(label) {
      page.off('request', onRequest);
      page.off('requestfinished', onDone);
      page.off('requestfailed', onDone);
      const rows = lines.map(
        (l) =>
          `  ${String(l.start).padStart(5)} → ${String(l.end ?? '…').padStart(5)}  ${l.url.replace(/^https?:\/\/[^/]+/, '')}`,
      );
      console.log(`every-page trace: ${label}\n${rows.join('\n')}`);
    },
  };
}

/**
 * The pass's language through the EN/RU switch, saved to the profile. Not the harness's switchLanguage: that
 * waits with vitest's expect.poll, and dev/screenshots.ts runs outside vitest.
 */
async function useLanguage(page: Page, lang: 'en' | 'ru'): Promise<void> {
  // The profile's saved choice wins over the browser's (lang="en-US"): an earlier pass may have saved Russian.
  const current = (await page.locator('html').getAttribute('lang')) ?? '';
  if (current.startsWith(lang)) return;
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByTestId('language-switch').getByText(lang.toUpperCase()).click();
  const response = await saved;
  if (response.status() !== 200) throw new Error(`saving the language answered ${response.status()}`);
  await page.waitForFunction(`document.documentElement.lang.startsWith(${JSON.stringify(lang)})`);
}
