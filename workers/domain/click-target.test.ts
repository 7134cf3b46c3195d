import { describe, expect, test, vi } from 'vitest';
import type { ClickRequest } from '../contracts/click-request';
import type { ProgramRoute } from '../contracts/routing';
import { chooseTarget, type LandingPlans, withDiscountCode, withoutClickId } from './click-target';
import { expandMacros } from './macros';
import { safeTarget } from './safe-redirect';

const program = (landingUrl: string): ProgramRoute => ({
  v: 1,
  discountInLink: false,
  programId: '019a0000-0000-7000-8000-000000000003',
  organizationId: '019a0000-0000-7000-8000-000000000001',
  appId: '019a0000-0000-7000-8000-000000000002',
  status: 'active',
  landingUrl,
  allowedDomains: ['app.example', '*.shop.example'],
  fallbackUrl: 'https://app.example/fallback',
  cookieDays: 30,
  clickIdParam: 'aff_click',
  referralParams: ['ref'],
  geoAllow: [],
  geoDeny: [],
  capClicksDaily: null,
  capClicksTotal: null,
});

const CLICK_ID = '019a0000-0000-7000-8000-00000000000c';

/** What parsing a filled template with `name=id` written at the end of its query gives. */
function withPairAppended(filled: string, pair: string): string {
  const hash = filled.indexOf('#');
  const [base, fragment] = hash < 0 ? [filled, ''] : [filled.slice(0, hash), filled.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}${pair}${fragment}`;
}

const clickReq = (sub: (string | null)[]): ClickRequest => ({ form: 'click', programId: 'p', affiliateId: 'a', sub });
const url = {
  href: 'https://t.example/click',
  origin: 'https://t.example',
  hostname: 't.example',
  pathname: '/click',
  search: '',
};

function target(landingUrl: string, sub: (string | null)[]) {
  const values = {
    click_id: CLICK_ID,
    affiliate_id: 'aff-1',
    offer_id: 'p',
    advertiser_id: 'adv',
    ...Object.fromEntries(sub.map((v, i) => [`sub${i + 1}`, v])),
  };
  const choice = chooseTarget({
    req: clickReq(sub),
    program: program(landingUrl),
    link: null,
    reason: null,
    onTrackingHost: true,
    requestUrl: url,
    clickId: CLICK_ID,
    macroValues: () => values,
    defaultFallback: 'https://t.example/',
  });
  // The reference: fill the template, write the click id after its query unless it places one,
  // then parse and check the result.
  const filled = expandMacros(landingUrl, values);
  const raw = landingUrl.includes('{click_id}') ? filled : withPairAppended(filled, `aff_click=${CLICK_ID}`);
  const reference = safeTarget(raw, ['app.example', '*.shop.example'])?.href ?? null;
  return { choice, reference };
}

describe('form 2 targets: checking the template once gives what checking every filled URL gives', () => {
  const templates = [
    'https://app.example/landing?cid={click_id}&aff={affiliate_id}&s1={sub1}',
    'https://App.Example/landing?s1={sub1}', // not in serialized form: every click is parsed
    "https://app.example/it's?s1={sub1}",
    "https://app.example/p?q='x'&s1={sub1}",
    'https://app.example/{sub1}/x?c={click_id}', // a macro in the path ('..' would move it)
    'https://{sub1}.shop.example/?c={click_id}', // a macro in the host
    'https://app.example/p?s1={sub1}#frag', // a fragment
    'https://app.example/p?s1={sub1}&u={unknown}',
    'https://app.example/p?s1={sub1}&raw=a b',
    'https://evil.example/?s1={sub1}',
    'javascript:alert(1)//?s1={sub1}',
    'https://app.example@evil.example/?s1={sub1}',
  ];
  const values = [
    'newsletter',
    "o'reilly",
    'spring sale&x=1#y',
    '..',
    'ünïcödé ✓',
    'a/b?c=d',
    '%41%zz',
    'evil.example',
    null,
    '"<>`{}|\\^',
    'x'.repeat(5000),
  ].map((sub1) => ({ sub1 }));
  for (const template of templates) {
    test.each(values)(`${template} with sub1 $sub1`, ({ sub1 }) => {
      const { choice, reference } = target(template, [sub1]);
      if (reference === null)
        expect(choice).toEqual({ target: 'https://app.example/fallback', reason: 'invalid_target' });
      else expect(choice).toEqual({ target: reference, reason: null });
      if (choice.reason === null) expect(new URL(choice.target).hostname).toMatch(/(^|\.)(app|shop)\.example$/);
    });
  }
});

test('a template already in serialized form is parsed once per routing value, not on every click', () => {
  const p = program('https://app.example/landing?cid={click_id}&s1={sub1}');
  const plans: LandingPlans = new WeakMap();
  const facts = (sub1: string) => ({
    req: clickReq([sub1]),
    program: p,
    link: null,
    reason: null,
    onTrackingHost: true,
    requestUrl: url,
    clickId: 'c-1',
    macroValues: () => ({ click_id: 'c-1', sub1 }),
    defaultFallback: 'https://t.example/',
    plans,
  });
  expect(chooseTarget(facts('first'))).toEqual({
    target: 'https://app.example/landing?cid=c-1&s1=first',
    reason: null,
  });
  const parses = vi.spyOn(globalThis as unknown as { URL: typeof URL }, 'URL');
  try {
    expect(chooseTarget(facts("o'reilly & co"))).toEqual({
      target: 'https://app.example/landing?cid=c-1&s1=o%27reilly%20%26%20co',
      reason: null,
    });
    expect(parses).not.toHaveBeenCalled();
  } finally {
    parses.mockRestore();
  }
});

test('a template without {click_id} still gets its id with no parse per click', () => {
  const p = { ...program('https://app.example/offer?s1={sub1}'), clickIdParam: 'ref_click' };
  const plans: LandingPlans = new WeakMap();
  const facts = (sub1: string) => ({
    req: clickReq([sub1]),
    program: p,
    link: null,
    reason: null,
    onTrackingHost: true,
    requestUrl: url,
    clickId: CLICK_ID,
    macroValues: () => ({ click_id: CLICK_ID, sub1 }),
    defaultFallback: 'https://t.example/',
    plans,
  });
  chooseTarget(facts('warm'));
  const parses = vi.spyOn(globalThis as unknown as { URL: typeof URL }, 'URL');
  try {
    expect(chooseTarget(facts('spring sale'))).toEqual({
      target: `https://app.example/offer?s1=spring%20sale&ref_click=${CLICK_ID}`,
      reason: null,
    });
    expect(parses).not.toHaveBeenCalled();
  } finally {
    parses.mockRestore();
  }
});

const SOURCES = ['app.example', '*.shop.example'];

function formOne(landingUrl: string, search: string, opts: { clickIdParam?: string; reason?: 'geo_blocked' } = {}) {
  const p = { ...program(landingUrl), allowedDomains: SOURCES, clickIdParam: opts.clickIdParam ?? 'aff_click' };
  const repeatedNames = new Set(new URLSearchParams(search).keys()).size < [...new URLSearchParams(search)].length;
  return chooseTarget({
    req: { form: 'aff_path', code: 'alice-1', sameSite: 'https://t.example/', sub: [], repeatedNames },
    program: p,
    link: null,
    reason: opts.reason ?? null,
    onTrackingHost: true,
    requestUrl: { ...url, pathname: '/aff/alice-1', search, href: `https://t.example/aff/alice-1${search}` },
    clickId: CLICK_ID,
    macroValues: () => ({ click_id: CLICK_ID, affiliate_id: 'aff 1', offer_id: 'p', sub1: null }),
    defaultFallback: 'https://t.example/',
    plans: new WeakMap(),
  });
}

describe('form 1 on the tracking host: the landing page gets the click id', () => {
  const id = CLICK_ID;
  test.each([
    {
      label: 'plain landing URL, query kept, id appended',
      landing: 'https://app.example/landing',
      search: '?utm_source=demo',
      target: `https://app.example/landing?utm_source=demo&aff_click=${id}`,
    },
    {
      label: 'no query: the id alone',
      landing: 'https://app.example/landing',
      search: '',
      target: `https://app.example/landing?aff_click=${id}`,
    },
    {
      label: "a visitor's own aff_click is replaced, in place",
      landing: 'https://app.example/landing',
      search: '?aff_click=someone-else&x=1',
      target: `https://app.example/landing?aff_click=${id}&x=1`,
    },
    {
      label: 'a percent-encoded aff_click is replaced too',
      landing: 'https://app.example/landing',
      search: '?aff%5Fclick=evil&x=1',
      target: `https://app.example/landing?aff_click=${id}&x=1`,
    },
    {
      label: 'a valueless aff_click is replaced, not followed by a second one',
      landing: 'https://app.example/landing',
      search: '?x=1&aff_click',
      target: `https://app.example/landing?x=1&aff_click=${id}`,
    },
    {
      label: 'a landing URL with a query of its own',
      landing: 'https://app.example/welcome?ref=aff',
      search: '?utm_source=demo',
      target: `https://app.example/welcome?ref=aff&utm_source=demo&aff_click=${id}`,
    },
    {
      label: 'repeated names take the slow path, the id still set',
      landing: 'https://app.example/landing',
      search: '?a=1&a=2',
      target: `https://app.example/landing?a=2&aff_click=${id}`,
    },
    {
      label: "the program's own parameter name",
      landing: 'https://app.example/landing',
      search: '?utm_source=demo',
      clickIdParam: 'ref-id',
      target: `https://app.example/landing?utm_source=demo&ref-id=${id}`,
    },
    {
      label: 'a form 2 template: {click_id} filled, no extra parameter, a visitor cannot overwrite it',
      landing: 'https://app.example/l?cid={click_id}&aff={affiliate_id}&s={sub1}',
      search: '?utm_source=demo&cid=evil&aff_click=evil',
      target: `https://app.example/l?cid=${id}&aff=aff+1&s=&utm_source=demo`,
    },
    {
      label: 'a template without {click_id}: its macros filled and the id appended, before the fragment',
      landing: 'https://app.example/l?o={offer_id}#top',
      search: '?utm_source=demo',
      target: `https://app.example/l?o=p&utm_source=demo&aff_click=${id}#top`,
    },
    {
      label: 'a macro in the path is URL-encoded',
      landing: 'https://app.example/a/{affiliate_id}',
      search: '',
      target: `https://app.example/a/aff%201?aff_click=${id}`,
    },
  ])('$label', ({ landing, search, clickIdParam, target }) => {
    expect(formOne(landing, search, clickIdParam ? { clickIdParam } : {})).toEqual({ target, reason: null });
  });

  test('a refused click goes to the fallback without an id', () => {
    expect(formOne('https://app.example/landing', '?x=1', { reason: 'geo_blocked' })).toEqual({
      target: 'https://app.example/fallback',
      reason: 'geo_blocked',
    });
  });

  test.each([
    'https://evil.example/landing',
    'https://{affiliate_id}.evil.example/',
    'https://app.example@evil.example/?c={click_id}',
  ])('%s is never a target: invalid_target, fallback', (landing) => {
    expect(formOne(landing, '?x=1')).toEqual({ target: 'https://app.example/fallback', reason: 'invalid_target' });
  });
});

test('form 2: a template that names the click id parameter itself gets the id as its value', () => {
  const { choice } = target('https://app.example/p?aff_click=static&s1={sub1}', ['a b']);
  expect(choice).toEqual({ target: `https://app.example/p?aff_click=${CLICK_ID}&s1=a+b`, reason: null });
});

describe('form 3: the link landing page gets the click id unless it places {click_id}', () => {
  const choose = (landingUrl: string, params: Record<string, string>) =>
    chooseTarget({
      req: { form: 'short_link', slug: 's', sub: [] },
      program: program('https://app.example/'),
      link: {
        v: 1,
        linkId: 'l',
        slug: 's',
        enrollmentId: 'e',
        programId: 'p',
        affiliateId: 'a',
        landingUrl,
        params,
      },
      reason: null,
      onTrackingHost: true,
      requestUrl: url,
      clickId: CLICK_ID,
      macroValues: () => ({ click_id: CLICK_ID }),
      defaultFallback: 'https://t.example/',
    });
  test.each<{ landing: string; params: Record<string, string>; target: string }>([
    {
      landing: 'https://app.example/blog',
      params: { utm_source: 'blog' },
      target: `https://app.example/blog?utm_source=blog&aff_click=${CLICK_ID}`,
    },
    {
      landing: 'https://app.example/blog?cid={click_id}',
      params: { utm_source: 'blog' },
      target: `https://app.example/blog?cid=${CLICK_ID}&utm_source=blog`,
    },
    {
      landing: 'https://app.example/blog',
      params: { aff_click: 'forged' },
      target: `https://app.example/blog?aff_click=${CLICK_ID}`,
    },
  ])('$landing with $params', ({ landing, params, target }) => {
    expect(choose(landing, params)).toEqual({ target, reason: null });
  });
});

describe("withoutClickId: what a robot gets instead of a person's target", () => {
  test.each([
    { target: `https://app.example/p?aff_click=${CLICK_ID}`, expected: 'https://app.example/p' },
    { target: `https://app.example/p?cid=${CLICK_ID}&utm_source=x`, expected: 'https://app.example/p?utm_source=x' },
    {
      target: `https://app.example/p?utm_source=x&aff_click=${CLICK_ID}#top`,
      expected: 'https://app.example/p?utm_source=x#top',
    },
    { target: `https://app.example/c/${CLICK_ID}/go?a=1`, expected: 'https://app.example/c//go?a=1' },
    { target: 'https://app.example/p?a=1', expected: 'https://app.example/p?a=1' },
  ])('$target → $expected', ({ target, expected }) => expect(withoutClickId(target, CLICK_ID)).toBe(expected));

  test('a preview of an accepted-looking link goes to the offer without the id; refused for another rule, to the fallback', () => {
    const facts = (reason: 'bot' | 'inactive_program', preview: boolean) =>
      chooseTarget({
        req: clickReq([]),
        program: program('https://app.example/offer?s={sub1}'),
        link: null,
        reason,
        onTrackingHost: true,
        requestUrl: url,
        clickId: CLICK_ID,
        macroValues: () => ({ click_id: CLICK_ID, sub1: null }),
        defaultFallback: 'https://t.example/',
        preview,
      });
    expect(facts('bot', true)).toEqual({ target: 'https://app.example/offer?s=', reason: 'bot' });
    expect(facts('bot', false)).toEqual({ target: 'https://app.example/fallback', reason: 'bot' });
    expect(facts('inactive_program', true)).toEqual({
      target: 'https://app.example/fallback',
      reason: 'inactive_program',
    });
  });
});

describe('the discount code in links', () => {
  test("an accepted click carries the affiliate's code as aff_discount", () => {
    expect(withDiscountCode('https://shop.example/?aff_click=c1#plans', 'ALICE20')).toBe(
      'https://shop.example/?aff_click=c1&aff_discount=ALICE20#plans',
    );
  });
});
