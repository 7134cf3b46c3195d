import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { AFF_CLICK_SNIPPET } from '../../workers/tracker/aff-click-snippet';

const ID = '019a8f3c-1d2e-7abc-8def-0123456789ab';

/** Runs the snippet on a fake page at `href`, its script tag carrying `attributes`. */
function runOn(href: string, attributes: Record<string, string> = {}, withScript = true) {
  const url = new URL(href);
  const cookies: string[] = [];
  const replaced: { state: unknown; url: string }[] = [];
  const state = { from: 'the page' };
  const script = { getAttribute: (name: string) => attributes[name] ?? null };
  runInNewContext(AFF_CLICK_SNIPPET, {
    URLSearchParams,
    document: {
      currentScript: withScript ? script : null,
      set cookie(value: string) {
        cookies.push(value);
      },
    },
    location: { href, protocol: url.protocol, pathname: url.pathname, search: url.search, hash: url.hash },
    history: { state, replaceState: (s: unknown, _title: string, to: string) => replaced.push({ state: s, url: to }) },
  });
  return { cookies, replaced, state };
}

test('is a few hundred bytes', () => {
  expect(new TextEncoder().encode(AFF_CLICK_SNIPPET).length).toBeLessThanOrEqual(600);
});

describe('the partner-site snippet', () => {
  test('stores the click id as a first-party cookie and cleans the URL, keeping everything else as written', () => {
    const page = runOn(`https://shop.example/pricing?utm_source=demo&aff_click=${ID}&q=a%20b+c#plans`);
    expect(page.cookies).toEqual([`aff_click=${ID}; Max-Age=${30 * 86_400}; Path=/; SameSite=Lax; Secure`]);
    expect(page.replaced).toEqual([{ state: page.state, url: '/pricing?utm_source=demo&q=a%20b+c#plans' }]);
  });

  test.each([
    { label: 'the only parameter', href: `https://shop.example/?aff_click=${ID}`, url: '/' },
    { label: 'first of several', href: `https://shop.example/a?aff_click=${ID}&x=1`, url: '/a?x=1' },
    { label: 'without a script tag (defaults)', href: `https://shop.example/a?aff_click=${ID}`, url: '/a', bare: true },
  ])('$label', ({ href, url, bare }) => {
    const page = runOn(href, {}, !bare);
    expect(page.cookies).toHaveLength(1);
    expect(page.replaced.map((r) => r.url)).toEqual([url]);
  });

  test('data-param and data-days, and no Secure on http', () => {
    const page = runOn(`http://shop.example/?aff_click=x&ref_click=${ID.toUpperCase()}`, {
      'data-param': 'ref_click',
      'data-days': '7',
    });
    expect(page.cookies).toEqual([`aff_click=${ID.toUpperCase()}; Max-Age=${7 * 86_400}; Path=/; SameSite=Lax`]);
    expect(page.replaced.map((r) => r.url)).toEqual(['/?aff_click=x']);
  });

  test.each(['not-a-click-id', `${ID};Domain=evil.example`, `${ID}x`, ''])(
    'a value that is not a click id (%s) is not stored, but the URL is still cleaned',
    (value) => {
      const page = runOn(`https://shop.example/p?aff_click=${encodeURIComponent(value)}&x=1`);
      expect(page.cookies).toEqual([]);
      expect(page.replaced.map((r) => r.url)).toEqual(['/p?x=1']);
    },
  );

  test('a page without the parameter is left alone', () => {
    for (const href of ['https://shop.example/', 'https://shop.example/p?x=1&aff_clicks=2#h']) {
      const page = runOn(href);
      expect(page.cookies).toEqual([]);
      expect(page.replaced).toEqual([]);
    }
  });
});
