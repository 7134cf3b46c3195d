import { describe, expect, test } from 'vitest';
import { splitRequestUrl } from './split-request-url';

describe('splitRequestUrl', () => {
  // Each case is checked against the WHATWG parser itself, on the runtime's own serialization.
  test.each([
    'https://app.example/pricing/aff/AB12?x=1',
    'https://app.example/',
    'http://localhost:8787/click?o=1&a=2&sub1=%20x+y',
    'http://127.0.0.1:8787/r/slug',
    'http://[::1]:8787/aff/AB12?q',
    'http://[::1]/aff/AB12',
    'https://APP.Example:443/A/%2Fb/../c?x=%zz#frag',
    'https://app.example/path?',
    'https://app.example/path?#x',
    'https://user:pass@app.example/aff/AB12',
    'https://app.example/a@b/aff/AB12?c@d',
    'https://xn--bcher-kva.example/aff/x',
  ])('%s', (raw) => {
    const url = new URL(raw);
    expect(splitRequestUrl(url.href)).toEqual({
      href: url.href,
      origin: url.origin,
      hostname: url.hostname,
      pathname: url.pathname,
      search: url.search,
    });
  });
});
