import { describe, expect, test } from 'vitest';
import { parseAffPath } from './parse-aff-path';
import { splitRequestUrl } from './split-request-url';

const parse = (url: string) => parseAffPath(splitRequestUrl(new URL(url).href));

describe('parseAffPath', () => {
  test.each([
    { url: 'https://app.example/pricing/aff/AB12?x=1', code: 'AB12', target: 'https://app.example/pricing?x=1' },
    { url: 'https://app.example/pricing/aff/AB12', code: 'AB12', target: 'https://app.example/pricing' },
    { url: 'https://app.example/pricing/aff/AB12/', code: 'AB12', target: 'https://app.example/pricing' },
    { url: 'https://app.example/aff/AB12', code: 'AB12', target: 'https://app.example/' },
    {
      url: 'https://app.example/aff/AB12?utm_source=x&a=%20b',
      code: 'AB12',
      target: 'https://app.example/?utm_source=x&a=%20b',
    },
    { url: 'https://app.example/a/b/c/aff/alice-1', code: 'alice-1', target: 'https://app.example/a/b/c' },
    { url: 'https://app.example/aff/x/aff/AB12', code: 'AB12', target: 'https://app.example/aff/x' },
    { url: 'https://app.example/aff/%3Cscript%3E', code: null, target: 'https://app.example/' },
    { url: 'https://app.example/aff/%E0%A4%A', code: null, target: 'https://app.example/' },
  ])('$url → $target', ({ url, code, target }) => {
    const parsed = parse(url);
    expect(parsed?.code).toBe(code);
    expect(parsed?.target).toBe(target);
    expect(new URL(parsed!.target).href).toBe(target); // already in serialized form
  });

  test.each([
    'https://app.example/pricing',
    'https://app.example/affiliates/AB12',
    'https://app.example/aff/',
    'https://app.example/aff/AB12/more',
  ])('%s is not an aff path', (url) => expect(parse(url)).toBeNull());

  test.each([
    'https://app.example//evil.example/aff/AB12',
    'https://app.example/%2F%2Fevil.example/aff/AB12',
    'https://app.example/\\evil.example/aff/AB12',
    'https://app.example/@evil.example/aff/AB12',
  ])('%s stays on the same host', (url) => {
    const target = parse(url)!.target;
    expect(new URL(target).host).toBe('app.example');
    expect(new URL(target, 'https://other.example/').host).toBe('app.example');
  });
});
