import { describe, expect, it } from 'vitest';
import { isPublicHttpsUrl } from './safe-url';

describe('isPublicHttpsUrl', () => {
  it.each([
    ['a plain https URL', 'https://tracker.example.com/postback?cid=1'],
    ['an IDN host (punycoded by the parser)', 'https://bücher.de/pb'],
    ['an explicit default port', 'https://tracker.example.com:443/pb'],
    ['a path with an @ (not userinfo)', 'https://tracker.example.com/a@b'],
    ['a deep subdomain', 'https://a.b.c.tracker.io/'],
  ])('accepts %s', (_label, url) => {
    expect(isPublicHttpsUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://tracker.example.com/'],
    ['another scheme', 'ftp://tracker.example.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['not a URL', 'tracker.example.com/pb'],
    ['empty', ''],
    ['loopback IPv4', 'https://127.0.0.1/'],
    ['loopback IPv6', 'https://[::1]/'],
    ['10/8', 'https://10.1.2.3/'],
    ['172.16/12', 'https://172.16.0.1/'],
    ['172.31 (end of 172.16/12)', 'https://172.31.255.255/'],
    ['192.168/16', 'https://192.168.1.1/'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data/'],
    ['the unspecified address', 'https://0.0.0.0/'],
    ['a bare 0 (= 0.0.0.0)', 'https://0/'],
    ['IPv4-mapped IPv6 loopback', 'https://[::ffff:127.0.0.1]/'],
    ['IPv6 unique local', 'https://[fd00::1]/'],
    ['IPv6 link local', 'https://[fe80::1]/'],
    ['a public IPv4 literal (no names, no pass)', 'https://8.8.8.8/'],
    ['decimal IPv4', 'https://2130706433/'],
    ['hex IPv4', 'https://0x7f000001/'],
    ['dotted hex IPv4', 'https://0x7f.0x0.0x0.0x1/'],
    ['octal IPv4', 'https://0177.0.0.1/'],
    ['long octal IPv4', 'https://017700000001/'],
    ['short IPv4', 'https://127.1/'],
    ['full-width digits', 'https://①②⑦.0.0.1/'],
    ['localhost', 'https://localhost/'],
    ['LOCALHOST with a trailing dot', 'https://LOCALHOST./'],
    ['percent-encoded localhost', 'https://%6c%6f%63%61%6c%68%6f%73%74/'],
    ['a .localhost subdomain', 'https://app.localhost/'],
    ['an .internal name', 'https://metadata.google.internal/'],
    ['a .local name', 'https://printer.local/'],
    ['home.arpa', 'https://router.home.arpa/'],
    ['a single-label host', 'https://intranet/'],
    ['an address-echo DNS name', 'https://127.0.0.1.nip.io/'],
    ['userinfo pointing elsewhere', 'https://tracker.example.com@127.0.0.1/'],
    ['userinfo on a public host', 'https://user:pass@tracker.example.com/'],
    ['fragment trick', 'https://127.0.0.1#@tracker.example.com'],
    ['backslash trick', 'https://tracker.example.com\\@127.0.0.1/'],
    ['a non-default port', 'https://tracker.example.com:8080/'],
    ['whitespace', 'https://tracker.example.com/ pb'],
    ['a newline', 'https://tracker.example.com/\npb'],
    ['too long', `https://tracker.example.com/${'a'.repeat(2100)}`],
  ])('refuses %s', (_label, url) => {
    expect(isPublicHttpsUrl(url)).toBe(false);
  });

  // Names that resolve to loopback, to an address embedded in the name, or rebind between lookups.
  it.each([
    ['localtest.me', 'https://localtest.me/'],
    ['a localtest.me subdomain', 'https://api.localtest.me/'],
    ['lvh.me', 'https://app.lvh.me/'],
    ['vcap.me', 'https://vcap.me/'],
    ['localh.st', 'https://localh.st/'],
    ['a localh.st subdomain', 'https://tracker.localh.st/'],
    ['localho.st', 'https://localho.st/'],
    ['lacolhost.com', 'https://x.lacolhost.com/'],
    ['fuf.me', 'https://fuf.me/'],
    ['yoogle.com', 'https://yoogle.com/'],
    ['127-0-0-1.org.uk', 'https://www.127-0-0-1.org.uk/'],
    ['local.gd', 'https://pb.local.gd/'],
    ['localhost.direct', 'https://a.localhost.direct/'],
    ['nip.io with a private address', 'https://10.0.0.1.nip.io/'],
    ['nip.io with hex', 'https://pb-7f000001.nip.io/'],
    ['nip.io with a public address (refused too)', 'https://8.8.8.8.nip.io/'],
    ['sslip.io with dashes', 'https://127-0-0-1.sslip.io/'],
    ['sslip.io with metadata', 'https://169-254-169-254.sslip.io/'],
    ['xip.io', 'https://192.168.0.1.xip.io/'],
    ['traefik.me', 'https://10-0-0-1.traefik.me/'],
    ['1u.ms rebinding', 'https://make-1.2.3.4-rebind-127.0.0.1-rr.1u.ms/'],
    ['rbndr.us rebinding', 'https://7f000001.c0a80001.rbndr.us/'],
    ['rebind.it', 'https://s-1.2.3.4-127.0.0.1-123-fs-e.d.rebind.it/'],
    ['rebind.network', 'https://a.rebind.network/'],
    ['lock.cmpxchg8b.com', 'https://lock.cmpxchg8b.com/'],
    ['an echo name in capitals with a trailing dot', 'https://API.LVH.ME./'],
  ])('refuses %s', (_label, url) => {
    expect(isPublicHttpsUrl(url)).toBe(false);
  });

  it.each([
    ['a name that only ends like an echo domain', 'https://notlvh.me/'],
    ['a name containing nip.io mid-way', 'https://nip.io.tracker.com/'],
    ['another host on cmpxchg8b.com', 'https://blog.cmpxchg8b.com/'],
  ])('still accepts %s', (_label, url) => {
    expect(isPublicHttpsUrl(url)).toBe(true);
  });
});
