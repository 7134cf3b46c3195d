import { expect, test } from 'vitest';
import { landingHost } from './landing-host';

test.each([
  { url: 'https://app.example/landing?ref=1', host: 'app.example' },
  { url: 'https://shop.example:8443/', host: 'shop.example:8443' },
  { url: 'not a url', host: null },
  { url: null, host: null },
])('$url → $host', ({ url, host }) => expect(landingHost(url)).toBe(host));
