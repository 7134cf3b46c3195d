import { describe, expect, test } from 'vitest';
import {
  BASE32_CROCKFORD,
  randomCouponCode,
  randomLinkSlug,
  randomRefCode,
  randomString,
  slugify,
} from './random-codes';

describe('random codes', () => {
  test('ref codes are 8 Crockford base32 characters', () => {
    for (let i = 0; i < 100; i++) expect(randomRefCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  test('link slugs fit the link-builder slug rule', () => {
    for (let i = 0; i < 100; i++) expect(randomLinkSlug()).toMatch(/^[a-z0-9]{8}$/);
  });

  test.each([
    { firstName: 'Alice', stem: 'ALICE' },
    { firstName: 'José-María', stem: 'JOSEMARIA' },
    { firstName: 'Алиса', stem: 'AFF' },
    { firstName: null, stem: 'AFF' },
    { firstName: 'Maximilianusthegreat', stem: 'MAXIMILIANUS' },
  ])('coupon for $firstName starts with $stem and fits [A-Z0-9]{4,32}', ({ firstName, stem }) => {
    const code = randomCouponCode(firstName);
    expect(code.startsWith(stem)).toBe(true);
    expect(code).toHaveLength(stem.length + 4);
    expect(code).toMatch(/^[A-Z0-9]{4,32}$/);
  });

  test('randomString only uses its alphabet and covers all of it', () => {
    const seen = new Set(randomString(BASE32_CROCKFORD, 5_000));
    expect([...seen].sort().join('')).toBe([...BASE32_CROCKFORD].sort().join(''));
  });

  test.each([
    { name: 'Pro Plan — 30% Recurring!', slug: 'pro-plan-30-recurring' },
    { name: '  Crème brûlée  ', slug: 'creme-brulee' },
    { name: '***', slug: 'item' },
  ])('slugify($name) = $slug', ({ name, slug }) => expect(slugify(name)).toBe(slug));
});
