import { describe, expect, test } from 'vitest';
import { customDomainRecords, hostnameIssue, normalizeHostname } from './custom-domain';

describe('normalizeHostname', () => {
  test.each([
    ['Track.Brand.COM', 'track.brand.com'],
    ['  go.brand.com.  ', 'go.brand.com'],
    ['bücher.example.de', 'xn--bcher-kva.example.de'],
    ['https://go.brand.com', null],
    ['go.brand.com:8443', null],
    ['go.brand.com/path', null],
    ['go brand.com', null],
    ['user@go.brand.com', null],
    ['', null],
    ['[::1]', null],
  ])('%j → %j', (raw, expected) => expect(normalizeHostname(raw)).toBe(expected));
});

describe('hostnameIssue', () => {
  const own = ['app.affiliate-edge.com', 'go.affiliate-edge.com', 'cname.affiliate-edge.com'];
  const reserved = 'must be a public DNS hostname (not localhost or a reserved name)';
  const apex = (h: string) => ({
    code: 'hostname_is_apex',
    reason: `is a root domain, where DNS allows no CNAME record: use a subdomain of it, such as go.${h}`,
  });
  const notAllowed = (reason: string) => ({ code: 'hostname_not_allowed', reason });
  test.each([
    ['a public subdomain', 'track.brand.com', null],
    ['a subdomain under a two-label suffix', 'go.shop.co.uk', null],
    ['a deeper subdomain', 'a.b.brand.com', null],
    ['a subdomain of a private-suffix name', 'go.brand.github.io', null],
    ['an IDN subdomain', 'go.xn--bcher-kva.de', null],
    ['an apex domain', 'brand.com', apex('brand.com')],
    ['an apex under a two-label suffix', 'shop.co.uk', apex('shop.co.uk')],
    ['an apex under a country suffix', 'brand.com.au', apex('brand.com.au')],
    ['an IDN apex', 'xn--bcher-kva.de', apex('xn--bcher-kva.de')],
    ['a public suffix itself', 'co.uk', notAllowed('is a public suffix, which nobody can own')],
    ['an IPv4 address', '203.0.113.7', notAllowed('must be a hostname, not an IP address')],
    ['localhost', 'localhost', notAllowed(reserved)],
    ['under localhost', 'go.localhost', notAllowed(reserved)],
    ['a .internal name', 'go.corp.internal', notAllowed(reserved)],
    ['a loopback echo name', '127.0.0.1.nip.io', notAllowed(reserved)],
    ['a single label', 'intranet', notAllowed(reserved)],
    ['our dashboard host', 'app.affiliate-edge.com', notAllowed('is one of the platform’s own hostnames')],
    ['under our tracking host', 'x.go.affiliate-edge.com', notAllowed('is one of the platform’s own hostnames')],
    ['the parent of our hosts', 'affiliate-edge.com', notAllowed('is one of the platform’s own hostnames')],
    ['a look-alike is fine', 'go.affiliate-edge.com.brand.com', null],
  ])('%s', (_label, hostname, expected) => expect(hostnameIssue(hostname, own)).toEqual(expected));
});

describe('customDomainRecords', () => {
  test('CNAME first, then ownership TXT, then certificate records, each once', () =>
    expect(
      customDomainRecords('go.brand.com', 'cname.affiliate-edge.com', {
        ownership: { type: 'txt', name: '_cf-custom-hostname.go.brand.com', value: 'own-1' },
        validationRecords: [
          { txt_name: '_acme-challenge.go.brand.com', txt_value: 'cert-1' },
          { txt_name: '_acme-challenge.go.brand.com', txt_value: 'cert-1' },
          { cname: '_x.go.brand.com', cname_target: 'dcv.example.net' },
        ],
      }),
    ).toEqual([
      { type: 'CNAME', name: 'go.brand.com', value: 'cname.affiliate-edge.com', purpose: 'routing' },
      { type: 'TXT', name: '_cf-custom-hostname.go.brand.com', value: 'own-1', purpose: 'ownership' },
      { type: 'TXT', name: '_acme-challenge.go.brand.com', value: 'cert-1', purpose: 'certificate' },
      { type: 'CNAME', name: '_x.go.brand.com', value: 'dcv.example.net', purpose: 'certificate' },
    ]));

  test('http validation and no Cloudflare answer yet: the CNAME alone', () => {
    const cname = [{ type: 'CNAME', name: 'go.brand.com', value: 't.example.net', purpose: 'routing' }];
    expect(customDomainRecords('go.brand.com', 't.example.net', null)).toEqual(cname);
    expect(customDomainRecords('go.brand.com', 't.example.net', { validationRecords: [{}] })).toEqual(cname);
  });
});
