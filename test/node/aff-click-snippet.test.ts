import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { AFF_CLICK_SNIPPET } from '../../workers/tracker/aff-click-snippet';

const ID = '019a8f3c-1d2e-7abc-8def-0123456789ab';

interface FakePage {
  /** Answers the snippet's POST /client-click; absent: the page has no fetch. */
  fetch?: (url: URL, init: RequestInit) => Promise<{ json(): Promise<unknown> }>;
  referrer?: string;
  /** The document's cookie string as the page reads it (links are decorated from it). */
  cookieString?: string;
  listeners?: Map<string, (event: unknown) => void>;
}

/** Runs the snippet on a fake page at `href`, its script tag carrying `attributes`. */
function runOn(href: string, attributes: Record<string, string> = {}, withScript = true, fake: FakePage = {}) {
  const url = new URL(href);
  const cookies: string[] = [];
  const replaced: { state: unknown; url: string }[] = [];
  const state = { from: 'the page' };
  const script = {
    src: 'https://track.example/aff-click.js',
    getAttribute: (name: string) => attributes[name] ?? null,
  };
  const document: Record<string, unknown> = {
    currentScript: withScript ? script : null,
    referrer: fake.referrer ?? '',
    get cookie() {
      return fake.cookieString ?? '';
    },
    set cookie(value: string) {
      cookies.push(value);
    },
  };
  if (fake.listeners)
    document.addEventListener = (type: string, listener: (event: unknown) => void) =>
      fake.listeners!.set(type, listener);
  runInNewContext(AFF_CLICK_SNIPPET, {
    URLSearchParams,
    URL,
    JSON,
    ...(fake.fetch ? { fetch: fake.fetch } : {}),
    document,
    location: {
      href,
      host: url.host,
      protocol: url.protocol,
      pathname: url.pathname,
      search: url.search,
      hash: url.hash,
    },
    history: { state, replaceState: (s: unknown, _title: string, to: string) => replaced.push({ state: s, url: to }) },
  });
  return { cookies, replaced, state };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

test('stays small: under 1 KB gzipped', () => {
  expect(gzipSync(AFF_CLICK_SNIPPET, { level: 9 }).length).toBeLessThanOrEqual(1_024);
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

describe('client-side clicks', () => {
  test('reports a ref code in the page URL, stores the click id it gets back, and cleans the URL', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const page = runOn('https://shop.example/pricing?via=alice&plan=pro#top', {}, true, {
      referrer: 'https://blog.example/post',
      fetch: async (url, init) => {
        sent.push({ url: url.href, init });
        return { json: async () => ({ clickId: ID, cookieDays: 45 }) };
      },
    });
    expect(page.replaced.map((r) => r.url)).toEqual(['/pricing?plan=pro#top']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('https://track.example/client-click');
    expect(sent[0]!.init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({
      param: 'via',
      code: 'alice',
      url: 'https://shop.example/pricing?via=alice&plan=pro#top',
      referrer: 'https://blog.example/post',
    });
    await settle();
    expect(page.cookies).toEqual([`aff_click=${ID}; Max-Age=${45 * 86_400}; Path=/; SameSite=Lax; Secure`]);
  });

  test('data-ref-params narrows the names; a refused click stores nothing; a failing fetch never throws', async () => {
    const sent: string[] = [];
    const refused = runOn('https://shop.example/?via=alice&tap=bob', { 'data-ref-params': 'tap' }, true, {
      fetch: async (_url, init) => {
        sent.push(String(init.body));
        return { json: async () => ({ clickId: null, reason: 'bot' }) };
      },
    });
    expect(sent.map((b) => JSON.parse(b).param)).toEqual(['tap']);
    expect(refused.replaced.map((r) => r.url)).toEqual(['/?via=alice']);
    const failing = runOn('https://shop.example/?ref=alice', {}, true, {
      fetch: () => Promise.reject(new Error('offline')),
    });
    await settle();
    expect(refused.cookies).toEqual([]);
    expect(failing.cookies).toEqual([]);
    expect(failing.replaced.map((r) => r.url)).toEqual(['/']);
  });

  test('a code that is not a code is removed but not reported', () => {
    const sent: unknown[] = [];
    const page = runOn('https://shop.example/?ref=%3Cscript%3E', {}, true, {
      fetch: async (url) => {
        sent.push(url);
        return { json: async () => ({}) };
      },
    });
    expect(sent).toEqual([]);
    expect(page.replaced.map((r) => r.url)).toEqual(['/']);
  });

  test("reports PartnerStack's gspk as the Base64 text it is (padding, + and / too); other names only ref codes", () => {
    const sent: unknown[] = [];
    const fake = {
      fetch: async (_url: URL, init: RequestInit) => {
        sent.push(JSON.parse(String(init.body)));
        return { json: async () => ({}) };
      },
    };
    const page = runOn('https://shop.example/?gspk=amFuZWRvZQ%3D%3D&gsxid=x1', {}, true, fake);
    runOn('https://shop.example/?gspk=Pz4/fn5%2Bfg%3D%3D', {}, true, fake);
    runOn('https://shop.example/?via=amFuZWRvZQ%3D%3D', {}, true, fake);
    runOn(`https://shop.example/?gspk=${'QUJD'.repeat(23)}`, {}, true, fake);
    expect(sent).toMatchObject([
      { param: 'gspk', code: 'amFuZWRvZQ==' },
      { param: 'gspk', code: 'Pz4/fn5+fg==' },
    ]);
    expect(page.replaced.map((r) => r.url)).toEqual(['/?gsxid=x1']);
  });

  test('keeps the discount code as the aff_discount cookie', () => {
    const page = runOn('https://shop.example/?aff_discount=SPRING-10&x=1');
    expect(page.cookies).toEqual([`aff_discount=SPRING-10; Max-Age=${30 * 86_400}; Path=/; SameSite=Lax; Secure`]);
    expect(page.replaced.map((r) => r.url)).toEqual(['/?x=1']);
  });
});

describe('cross-domain', () => {
  function followLink(href: string, domains: string) {
    const listeners = new Map<string, (event: unknown) => void>();
    runOn('https://shop.example/', { 'data-domains': domains }, true, {
      listeners,
      cookieString: `theme=dark; aff_click=${ID}`,
    });
    const link = { href };
    listeners.get('mousedown')!({ target: { closest: (selector: string) => (selector === 'a[href]' ? link : null) } });
    return link.href;
  }

  test.each([
    {
      href: 'https://app.example/signup?x=1',
      domains: 'app.example',
      to: `https://app.example/signup?x=1&aff_click=${ID}`,
    },
    { href: 'https://eu.app.example/', domains: '*.app.example', to: `https://eu.app.example/?aff_click=${ID}` },
    { href: 'https://other.example/', domains: 'app.example', to: 'https://other.example/' },
    { href: 'https://shop.example/page', domains: 'shop.example', to: 'https://shop.example/page' },
  ])('a link to $href with data-domains=$domains goes to $to', ({ href, domains, to }) => {
    expect(followLink(href, domains)).toBe(to);
  });
});
