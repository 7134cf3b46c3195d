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
  test.each([
    ['a public subdomain', 'track.brand.com', null],
    ['an apex domain', 'brand.com', null],
    ['an IPv4 address', '203.0.113.7', 'must be a hostname, not an IP address'],
    ['localhost', 'localhost', 'must be a public DNS hostname (not localhost or a reserved name)'],
    ['under localhost', 'go.localhost', 'must be a public DNS hostname (not localhost or a reserved name)'],
    ['a .internal name', 'go.corp.internal', 'must be a public DNS hostname (not localhost or a reserved name)'],
    ['a loopback echo name', '127.0.0.1.nip.io', 'must be a public DNS hostname (not localhost or a reserved name)'],
    ['a single label', 'intranet', 'must be a public DNS hostname (not localhost or a reserved name)'],
    ['our dashboard host', 'app.affiliate-edge.com', 'is one of the platform’s own hostnames'],
    ['under our tracking host', 'x.go.affiliate-edge.com', 'is one of the platform’s own hostnames'],
    ['the parent of our hosts', 'affiliate-edge.com', 'is one of the platform’s own hostnames'],
    ['a look-alike is fine', 'go.affiliate-edge.com.brand.com', null],
  ])('%s', (_label, hostname, expected) => expect(hostnameIssue(hostname, own)).toBe(expected));
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
