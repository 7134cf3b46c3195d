import type { Page } from 'playwright-core';
import { settle } from '../harness';

/**
 * Opens `path` the way a click on a link does, inside the page already loaded (one boot of the app per pass
 * instead of one per page): the router's history listens to popstate and reads the new location. Waits for
 * the new page's h1 and for its loaders and skeletons to go.
 */
export async function goTo(page: Page, path: string): Promise<{ h1: boolean }> {
  // A string, as the harness's other page scripts: this project's types have no DOM.
  await page.evaluate(`(() => {
    // Already there (the page signed in on): nothing would render anew, and the old h1 is the page's own.
    if (location.pathname + location.search === ${JSON.stringify(path)}) return;
    for (const h of document.querySelectorAll('h1')) h.setAttribute('data-every-page-old', '');
    const index = (history.state?.__TSR_index ?? 0) + 1;
    history.pushState({ __TSR_index: index, key: 'every-page-' + index, __TSR_key: 'every-page-' + index }, '', ${JSON.stringify(path)});
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  })()`);
  return pageReady(page, path);
}

/** Spinners that turn until something happens elsewhere, not while the page loads: "waiting for your first event". */
const FOREVER = '[data-testid="test-event-waiting"]';

/** The page's own h1 is up and nothing is loading any more (spinners, skeletons, busy regions). */
export async function pageReady(page: Page, path?: string): Promise<{ h1: boolean }> {
  // The router done with the navigation (it keeps the old page on show while the new one's code and loaders
  // come, and that page may render its h1 anew meanwhile: CI once read "Billing" as the h1 of /brand), then a
  // new h1, or a redirect (an index route sending on to a page) back to the page already on show.
  const h1 = await page
    .waitForFunction(
      `(() => {
        const router = self.__TSR_ROUTER__?.state;
        if (router && (router.status !== 'idle' || router.resolvedLocation?.href !== router.location.href)) return false;
        return document.querySelector('h1:not([data-every-page-old])') !== null ||
          (${JSON.stringify(path ?? null)} !== null && location.pathname !== ${JSON.stringify(path ?? null)} &&
            document.querySelector('h1') !== null);
      })()`,
      undefined,
      { timeout: 30_000 },
    )
    .then(() => true)
    .catch(() => false);
  await page
    .waitForFunction(
      `![...document.querySelectorAll('.mantine-Loader-root, .mantine-Skeleton-root, [aria-busy="true"]')]
        .some((el) => el.getClientRects().length > 0 && !el.closest(${JSON.stringify(FOREVER)}))`,
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => {});
  await settle(page);
  return { h1 };
}

/** Console errors and uncaught exceptions since the last take(), each with the page's path at the time. */
export function watchConsole(page: Page): { take(): string[] } {
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text().slice(0, 300));
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message.slice(0, 300)}`));
  return {
    take() {
      const taken = errors;
      errors = [];
      return taken;
    },
  };
}
