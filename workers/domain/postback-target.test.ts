import { expect, test } from 'vitest';
import { expandMacros } from './macros';
import { POSTBACK_MACROS } from './postback-template';
import { parseDomainAllowList, refusePostbackTarget } from './postback-target';

// Every SSRF spelling a postback template (or an expansion of it) could try.
test.each([
  { label: 'plain http', url: 'http://tracker.example.com/pb' },
  { label: 'loopback IPv4', url: 'https://127.0.0.1/pb' },
  { label: 'private 10/8', url: 'https://10.0.0.5/pb' },
  { label: 'private 192.168/16', url: 'https://192.168.1.1/pb' },
  { label: 'cloud metadata', url: 'https://169.254.169.254/latest/meta-data/' },
  { label: 'IPv6 loopback', url: 'https://[::1]/pb' },
  { label: 'IPv4-mapped IPv6', url: 'https://[::ffff:127.0.0.1]/pb' },
  { label: 'decimal IPv4', url: 'https://2130706433/pb' },
  { label: 'hex IPv4', url: 'https://0x7f000001/pb' },
  { label: 'octal IPv4', url: 'https://0177.0.0.1/pb' },
  { label: 'localhost', url: 'https://localhost/pb' },
  { label: 'subdomain of localhost', url: 'https://api.localhost/pb' },
  { label: '*.internal', url: 'https://metadata.google.internal/pb' },
  { label: 'nip.io echo', url: 'https://127.0.0.1.nip.io/pb' },
  { label: 'sslip.io echo', url: 'https://10-0-0-1.sslip.io/pb' },
  { label: 'userinfo', url: 'https://user:pw@tracker.example.com/pb' },
  { label: 'userinfo hiding the host', url: 'https://tracker.example.com@127.0.0.1/pb' },
  { label: 'non-443 port', url: 'https://tracker.example.com:8443/pb' },
  { label: 'single-label host', url: 'https://intranet/pb' },
  { label: 'not a URL', url: 'tracker.example.com/pb' },
  { label: 'a stray macro left by an old template', url: 'https://tracker.example.com/pb?x={nope}' },
])('refuses $label', ({ url }) => expect(refusePostbackTarget(url, [])).toEqual(expect.any(String)));

test.each([
  { label: 'public https host', url: 'https://tracker.example.com/pb?cid=1' },
  { label: 'explicit default port', url: 'https://tracker.example.com:443/pb' },
])('accepts $label', ({ url }) => expect(refusePostbackTarget(url, [])).toBeNull());

test('URL-encoded values cannot break out of the query into the host or path', () => {
  const url = expandMacros(
    'https://tracker.example.com/pb?cid={click_id}&s={sub1}',
    { click_id: 'a b', sub1: '@127.0.0.1/x?y=1&z=#' },
    POSTBACK_MACROS,
  );
  expect(url).toBe('https://tracker.example.com/pb?cid=a%20b&s=%40127.0.0.1%2Fx%3Fy%3D1%26z%3D%23');
  expect(refusePostbackTarget(url, [])).toBeNull();
  expect(new URL(url).searchParams.get('s')).toBe('@127.0.0.1/x?y=1&z=#');
});

test.each([
  { label: 'the listed domain', url: 'https://tracker.example.com/pb', refused: false },
  { label: 'a subdomain of it', url: 'https://eu.tracker.example.com/pb', refused: false },
  { label: 'a look-alike suffix', url: 'https://eviltracker.example.com/pb', refused: true },
  { label: 'another domain', url: 'https://other.example.net/pb', refused: true },
])('allow-list: $label', ({ url, refused }) => {
  const list = parseDomainAllowList(' Tracker.Example.com. ,, keitaro.io ');
  expect(list).toEqual(['tracker.example.com', 'keitaro.io']);
  expect(refusePostbackTarget(url, list) !== null).toBe(refused);
});
