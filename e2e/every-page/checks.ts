import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const LOCALES = join(import.meta.dirname, '../../dashboard/src/locales/en');

/** Every translation key (`nav.programs`, plural suffixes dropped) and every namespace name. */
export function translationKeys(): { keys: Set<string>; namespaces: string[] } {
  const keys = new Set<string>();
  const walk = (node: unknown, prefix: string) => {
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
    } else keys.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
  };
  const files = readdirSync(LOCALES).filter((f) => f.endsWith('.json'));
  for (const file of files) walk(JSON.parse(readFileSync(join(LOCALES, file), 'utf8')), '');
  return { keys, namespaces: files.map((f) => f.replace(/\.json$/, '')) };
}

/**
 * Words of the page's visible text that are translation keys rather than translations: a known key
 * (`stats.chart.title`), or any `namespace:key` (i18next prints the key when a namespace failed to load).
 */
export async function rawKeysOnPage(page: Page, known: ReturnType<typeof translationKeys>): Promise<string[]> {
  const text = await page.evaluate('document.body.innerText');
  const words = String(text).split(/[\s,;()«»"“”]+/);
  const namespaced = new RegExp(`^(${known.namespaces.join('|')}):[a-zA-Z]`);
  const isKey = (word: string) => {
    // "event." ends a sentence; a key has a dot inside ("stats.chart.title").
    const bare = word.replace(/[.:]$/, '');
    return bare.includes('.') && known.keys.has(bare);
  };
  return [...new Set(words.filter((w) => isKey(w) || namespaced.test(w)))];
}

/** How far the page scrolls sideways, and the widest elements that stick out, to say where to look. */
export async function horizontalOverflow(page: Page): Promise<{ by: number; culprits: string[] }> {
  return page.evaluate(`(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const by = root.scrollWidth - window.innerWidth;
    if (by <= 0) return { by, culprits: [] };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => !el.closest('.mantine-ScrollArea-root, .visually-hidden'))
      .slice(-4)
      .map((el) => '<' + el.tagName.toLowerCase() + ' class="' + String(el.className).slice(0, 60) + '">' +
        (el.textContent ?? '').trim().slice(0, 40));
    return { by, culprits };
  })()`);
}
