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

/**
 * Controls a finger cannot hit reliably: anything clickable on screen smaller than 44 × 44 px (what Apple's
 * and the WCAG AAA guidelines ask). A checkbox, radio or switch counts with its label; links inside running
 * text are exempt, as WCAG exempts them. Returns one line per control, at most a dozen.
 */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const MIN = 43.5; // rounding of fractional layouts
    const found = new Set();
    const controls = document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [role=checkbox], [role=switch], [role=radio], [role=menuitem]',
    );
    for (const el of controls) {
      if (el.closest('[aria-hidden="true"], [inert], .visually-hidden')) continue;
      if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
      if (el.disabled || el.getAttribute('aria-disabled') === 'true') continue;
      // Text links inside a sentence or a line of text take the text's height.
      if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
      const choice = el.matches('input[type=checkbox], input[type=radio]');
      // A field's icon (show password, clear) is hit through the field's whole end section.
      // The text field of a tags or multi-select input sits inside the field's box, which takes the tap.
      const section = el.closest('.mantine-Input-section') ?? (el.tagName === 'INPUT' ? el.closest('.mantine-Input-input') : null);
      const target = section ?? (choice
        ? (el.closest('.mantine-Checkbox-body, .mantine-Radio-body, .mantine-Switch-body, label') ??
          (el.id && document.querySelector('label[for="' + el.id + '"]')) ?? el)
        : el);
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // The phone's closed navbar sits off screen, the skip link above the page until focused; hidden
      // collapsible panels have no height.
      if (box.right <= 0 || box.left >= innerWidth || box.bottom + scrollY <= 0) continue;
      let clipped = false;
      for (let p = target.parentElement; p && p !== document.body; p = p.parentElement) {
        const r = p.getBoundingClientRect();
        if (getComputedStyle(p).overflow === 'hidden' && r.height < 1) { clipped = true; break; }
      }
      if (clipped) continue;
      if (box.width >= MIN && box.height >= MIN) continue;
      const name = (el.getAttribute('aria-label') || target.textContent || el.getAttribute('placeholder') || el.tagName).trim().replace(/\\s+/g, ' ').slice(0, 40);
      found.add('<' + el.tagName.toLowerCase() + '> "' + name + '" ' + Math.round(box.width) + '×' + Math.round(box.height));
      if (found.size >= 12) break;
    }
    return [...found];
  })()`);
}
