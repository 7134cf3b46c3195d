import { describe, expect, test } from 'vitest';
import { defaultAllowedDomains, isDomainEntry, programRuleIssues, type ProgramRuleInput } from './program-rules';

const valid: ProgramRuleInput = {
  payoutModel: 'cps',
  commissionType: 'percent',
  commissionRateBps: 3000,
  commissionFixedMinor: null,
  recurringMode: 'none',
  recurringMonths: null,
  landingUrl: 'https://app.example/pricing?cid={click_id}',
  landingUrls: ['https://www.app.example/'],
  allowedDomains: ['app.example', 'www.app.example'],
  fallbackUrl: null,
  geoAllow: [],
  geoDeny: [],
};

describe('programRuleIssues', () => {
  test('a consistent program has no issues', () => expect(programRuleIssues(valid)).toEqual([]));

  test.each([
    { label: 'percent without a rate', change: { commissionRateBps: null }, path: 'commissionRateBps' },
    {
      label: 'fixed without an amount',
      change: { commissionType: 'fixed' as const, commissionRateBps: null },
      path: 'commissionFixedMinor',
    },
    { label: 'hybrid without an amount', change: { commissionType: 'hybrid' as const }, path: 'commissionFixedMinor' },
    { label: 'months without a count', change: { recurringMode: 'months' as const }, path: 'recurringMonths' },
    {
      label: 'months with zero',
      change: { recurringMode: 'months' as const, recurringMonths: 0 },
      path: 'recurringMonths',
    },
    {
      label: 'a landing URL off the allowed domains',
      change: { landingUrl: 'https://evil.example/' },
      path: 'landingUrl',
    },
    { label: 'a look-alike host', change: { landingUrl: 'https://app.example.evil.example/' }, path: 'landingUrl' },
    { label: 'an http landing URL', change: { landingUrl: 'http://app.example/' }, path: 'landingUrl' },
    {
      label: 'credentials in the URL',
      change: { landingUrl: 'https://app.example@evil.example/' },
      path: 'landingUrl',
    },
    {
      label: 'a second landing URL off the domains',
      change: { landingUrls: ['https://other.example/'] },
      path: 'landingUrls.0',
    },
    { label: 'a fallback off the domains', change: { fallbackUrl: 'https://evil.example/' }, path: 'fallbackUrl' },
    { label: 'a country allowed and denied', change: { geoAllow: ['US', 'DE'], geoDeny: ['DE'] }, path: 'geoDeny' },
    { label: 'a CPC program paying a percent', change: { payoutModel: 'cpc' as const }, path: 'commissionType' },
  ])('refuses $label', ({ change, path }) => {
    expect(programRuleIssues({ ...valid, ...change }).map((i) => i.path)).toEqual([path]);
  });

  test.each([
    {
      label: 'fixed with an amount',
      change: { commissionType: 'fixed' as const, commissionRateBps: null, commissionFixedMinor: 500 },
    },
    { label: 'hybrid with both', change: { commissionType: 'hybrid' as const, commissionFixedMinor: 500 } },
    {
      label: 'a CPC program with a rate per click',
      change: { payoutModel: 'cpc' as const, commissionType: 'fixed' as const, commissionFixedMinor: 5 },
    },
    { label: 'lifetime recurring', change: { recurringMode: 'lifetime' as const } },
    { label: '12 months recurring', change: { recurringMode: 'months' as const, recurringMonths: 12 } },
    {
      label: 'a wildcard domain',
      change: { allowedDomains: ['*.app.example', 'app.example'], landingUrls: ['https://eu.app.example/'] },
    },
  ])('accepts $label', ({ change }) => expect(programRuleIssues({ ...valid, ...change })).toEqual([]));
});

describe('isDomainEntry', () => {
  test.each(['app.example', 'eu.shop.example.com', '*.example.com', 'xn--80ak6aa92e.com'])('accepts %s', (v) =>
    expect(isDomainEntry(v)).toBe(true),
  );
  test.each([
    'localhost',
    '127.0.0.1',
    'App.Example',
    'app..example',
    '-app.example',
    '*.com.',
    'https://app.example',
    'app.example/path',
    '*.*.example.com',
    '',
  ])('refuses %s', (v) => expect(isDomainEntry(v)).toBe(false));
});

test('defaultAllowedDomains takes the landing hosts, once each', () => {
  expect(defaultAllowedDomains('https://app.example/a', ['https://app.example/b', 'https://www.app.example/'])).toEqual(
    ['app.example', 'www.app.example'],
  );
});
