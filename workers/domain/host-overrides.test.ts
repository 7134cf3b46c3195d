import { expect, test } from 'vitest';
import { overriddenUrl, parseHostOverrides } from './host-overrides';

const overrides = parseHostOverrides('hooks.partner.example.com=127.0.0.1:9999, Other.example.org=127.0.0.1:1');

test.each([
  {
    label: 'overridden host keeps path and query',
    url: 'https://hooks.partner.example.com/pb?cid=a%20b&x=1',
    expected: 'http://127.0.0.1:9999/pb?cid=a%20b&x=1',
  },
  {
    label: 'host names compare case-insensitively',
    url: 'https://other.example.org/',
    expected: 'http://127.0.0.1:1/',
  },
  {
    label: 'fragment is never sent',
    url: 'https://hooks.partner.example.com/a#frag',
    expected: 'http://127.0.0.1:9999/a',
  },
  { label: 'a subdomain is not the overridden host', url: 'https://x.hooks.partner.example.com/', expected: null },
  { label: 'other hosts go out unchanged', url: 'https://tracker.example.net/', expected: null },
])('$label', ({ url, expected }) => expect(overriddenUrl(url, overrides)).toBe(expected));

test('unset means no overrides', () => expect(parseHostOverrides(undefined).size).toBe(0));
