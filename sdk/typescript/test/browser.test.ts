import { describe, expect, it } from 'vitest';
import { type BrowserEnvironment, captureClickId, getClickId, getDiscountCode } from '../src/browser';

const ID = '019a8f3c-1d2e-7abc-8def-0123456789ab';

/** A fake page at `href` whose cookie jar keeps name=value pairs as a browser would. */
function pageAt(href: string, cookies: Record<string, string> = {}) {
  const url = new URL(href);
  const jar = new Map(Object.entries(cookies));
  const written: string[] = [];
  const replaced: string[] = [];
  const location = { search: url.search, pathname: url.pathname, hash: url.hash, protocol: url.protocol };
  const env: BrowserEnvironment = {
    document: {
      get cookie() {
        return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      },
      set cookie(value: string) {
        written.push(value);
        const [pair] = value.split(';');
        const eq = pair!.indexOf('=');
        jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
      },
    },
    location,
    history: {
      state: null,
      replaceState: (_state, _unused, to) => {
        replaced.push(to);
        const next = new URL(to, url);
        Object.assign(location, { search: next.search, pathname: next.pathname, hash: next.hash });
      },
    },
  };
  return { env, written, replaced };
}

describe('captureClickId', () => {
  it('keeps the click id and the discount code as first-party cookies and cleans the URL', () => {
    const page = pageAt(
      `https://shop.example/pricing?utm_source=demo&aff_click=${ID}&aff_discount=ALICE10&q=a%20b#plans`,
    );
    expect(captureClickId({}, page.env)).toEqual({ clickId: ID, discountCode: 'ALICE10' });
    expect(page.written).toEqual([
      `aff_click=${ID}; Max-Age=${30 * 86_400}; Path=/; SameSite=Lax; Secure`,
      `aff_discount=ALICE10; Max-Age=${30 * 86_400}; Path=/; SameSite=Lax; Secure`,
    ]);
    expect(page.replaced).toEqual(['/pricing?utm_source=demo&q=a%20b#plans']);
    // Once the URL is clean, the values come from the cookies.
    expect(getClickId({}, page.env)).toBe(ID);
    expect(getDiscountCode({}, page.env)).toBe('ALICE10');
  });

  it('takes the program’s parameter names and cookie days; no Secure on http', () => {
    const page = pageAt(`http://shop.example/?ref_click=${ID}&promo=SPRING&aff_click=x`);
    const stored = captureClickId({ clickIdParam: 'ref_click', discountParam: 'promo', days: 7 }, page.env);
    expect(stored).toEqual({ clickId: ID, discountCode: 'SPRING' });
    expect(page.written[0]).toBe(`aff_click=${ID}; Max-Age=${7 * 86_400}; Path=/; SameSite=Lax`);
    expect(page.replaced).toEqual(['/?aff_click=x']);
  });

  it.each(['not-a-click-id', `${ID};Domain=evil.example`, `${ID}x`, ''])(
    'does not store a click id of the wrong shape (%s), but still removes it from the URL',
    (value) => {
      const page = pageAt(`https://shop.example/a?aff_click=${encodeURIComponent(value)}&x=1`);
      expect(captureClickId({}, page.env).clickId).toBeNull();
      expect(page.written).toEqual([]);
      expect(page.replaced).toEqual(['/a?x=1']);
    },
  );

  it.each(['TEN OFF', 'A;Domain=evil.example', 'x'.repeat(65)])('does not store the discount code %s', (code) => {
    const page = pageAt(`https://shop.example/?aff_discount=${encodeURIComponent(code)}`);
    expect(captureClickId({}, page.env).discountCode).toBeNull();
    expect(page.written).toEqual([]);
    expect(page.replaced).toEqual(['/']);
  });

  it('leaves a URL without the parameters alone', () => {
    const page = pageAt('https://shop.example/a?b=1#c');
    expect(captureClickId({}, page.env)).toEqual({ clickId: null, discountCode: null });
    expect(page.replaced).toEqual([]);
  });
});

describe('getClickId and getDiscountCode', () => {
  it('read the landing URL before capture, then the cookies', () => {
    expect(getClickId({}, pageAt(`https://shop.example/?aff_click=${ID}`).env)).toBe(ID);
    expect(getDiscountCode({}, pageAt('https://shop.example/?aff_discount=WELCOME').env)).toBe('WELCOME');
    const returning = pageAt('https://shop.example/checkout', {
      theme: 'dark',
      aff_click: ID,
      aff_discount: 'WELCOME',
    });
    expect(getClickId({}, returning.env)).toBe(ID);
    expect(getDiscountCode({}, returning.env)).toBe('WELCOME');
  });

  it('answer null for a visitor who came by no link, or a cookie of the wrong shape', () => {
    expect(getClickId({}, pageAt('https://shop.example/').env)).toBeNull();
    expect(getDiscountCode({}, pageAt('https://shop.example/').env)).toBeNull();
    expect(getClickId({}, pageAt('https://shop.example/', { aff_click: 'forged' }).env)).toBeNull();
  });
});
