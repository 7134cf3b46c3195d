import { describe, expect, test, vi } from 'vitest';
import type { ClickRequest } from '../contracts/click-request';
import type { ProgramRoute } from '../contracts/routing';
import { chooseTarget, type LandingPlans } from './click-target';
import { expandMacros } from './macros';
import { safeTarget } from './safe-redirect';

const program = (landingUrl: string): ProgramRoute => ({
  v: 1,
  programId: '019a0000-0000-7000-8000-000000000003',
  organizationId: '019a0000-0000-7000-8000-000000000001',
  appId: '019a0000-0000-7000-8000-000000000002',
  status: 'active',
  landingUrl,
  allowedDomains: ['app.example', '*.shop.example'],
  fallbackUrl: 'https://app.example/fallback',
  cookieDays: 30,
  geoAllow: [],
  geoDeny: [],
  capClicksDaily: null,
  capClicksTotal: null,
});

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
    click_id: '019a0000-0000-7000-8000-00000000000c',
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
    macroValues: () => values,
    defaultFallback: 'https://t.example/',
  });
  // The reference: fill the template, then parse and check the result, as every click once did.
  const reference = safeTarget(expandMacros(landingUrl, values), ['app.example', '*.shop.example'])?.href ?? null;
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
