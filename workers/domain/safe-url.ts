/**
 * Whether a URL may be fetched by our servers on a user's behalf (postbacks, webhooks): https on
 * the default port, a public DNS name, no credentials. Checked on the WHATWG-parsed URL, which has
 * already turned decimal, octal and hex IPv4 forms (`2130706433`, `0x7f.1`, `0177.0.0.1`) into
 * dotted quads and percent-decoded the host, so every spelling of an address is caught here.
 *
 * IP literals are refused outright, public or not: a postback endpoint has a name, and refusing
 * all of them is simpler to get right than classifying every reserved range. Any other name can
 * still resolve to a private address (DNS rebinding); on Workers the edge's fetch cannot reach
 * private networks, so this check is defence in depth (docs/postbacks.md).
 */
export function isPublicHttpsUrl(raw: string): boolean {
  // Browsers and fetch strip some of these; what we check must be what gets requested.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point of this check.
  if (raw.length === 0 || raw.length > 2048 || /[\u0000-\u0020\u007f\\]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  // Other ports would let a template probe arbitrary services on a host.
  if (url.port !== '' && url.port !== '443') return false;
  return isPublicHostname(url.hostname);
}

/** Suffixes that never name a public host (RFC 6761, RFC 8375, cloud metadata, common LAN names). */
const PRIVATE_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'intranet',
  'lan',
  'home',
  'corp',
  'private',
  'localdomain',
  'home.arpa',
  'arpa',
  'test',
  'invalid',
  'example',
];

/**
 * Public names that resolve to loopback or to an address of the asker's choosing. Refused whole,
 * with their subdomains: a postback tracker never lives there, so parsing out the embedded address
 * (to let `8.8.8.8.nip.io` through) would only add ways to get it wrong. Reviewed against the lists
 * SSRF write-ups pass around; names that embed a private address in any other wildcard service are
 * caught by embedsPrivateAddress below.
 */
const ADDRESS_ECHO_DOMAINS = [
  // Loopback echo names: the name and every subdomain resolve to 127.0.0.1 (or ::1).
  'localtest.me',
  'lvh.me',
  'vcap.me',
  'localh.st',
  'localho.st',
  'lacolhost.com',
  'fuf.me',
  'yoogle.com',
  'ortkut.com',
  'feacebook.com',
  'ulh.us',
  'ratchetlocal.com',
  'smackaho.st',
  '42foo.com',
  'beweb.com',
  '127-0-0-1.org.uk',
  'local.gd',
  'localhost.direct',
  // Burp Collaborator's `spoofed.` names answer 127.0.0.1; the rest of it and its successor
  // oastify.com only record interactions, which is never a postback's job.
  'burpcollaborator.net',
  'oastify.com',
  // Wildcard DNS with the address in the name: `10.0.0.1.nip.io`, `127-0-0-1.sslip.io`, `7f000001.nip.io`.
  'nip.io',
  'sslip.io',
  'xip.io',
  'xip.name',
  'traefik.me',
  'backname.io',
  'local-ip.co',
  'local-ip.sh',
  // DNS-rebinding services: a name answers a public address first, then a private one.
  '1u.ms',
  'rbndr.us',
  'rebind.it',
  'rebind.network',
  'lock.cmpxchg8b.com',
];

/** 0/8, 10/8, 100.64/10 (carrier NAT), 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.168/16, 198.18/15, 224/3. */
function isNonPublicIpv4([a, b, c]: number[]): boolean {
  if (a === undefined || b === undefined) return true;
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b < 128) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b < 32) ||
    (a === 192 && b === 0 && c === 0) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

const octets = (parts: string[]): number[] | null => {
  const n = parts.map(Number);
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p)) && n.every((v) => v <= 255) ? n : null;
};

/**
 * Whether a name carries a loopback, private or otherwise non-public IPv4 address the way wildcard
 * DNS services read it: four numeric labels (`127.0.0.1.example`), dashed in a label (`10-0-0-1`),
 * or eight hex digits as a label or a label's last part (`7f000001`, `app-0a000001`). Catches
 * services not on the list above; public addresses in names (cloud providers' own hostnames) pass.
 */
export function embedsPrivateAddress(name: string): boolean {
  const labels = name.split('.');
  for (let i = 0; i + 4 <= labels.length - 1; i++) {
    const quad = octets(labels.slice(i, i + 4));
    if (quad && isNonPublicIpv4(quad)) return true;
  }
  for (const label of labels.slice(0, -1)) {
    for (const m of label.matchAll(/(?:^|[^\d])(\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3})(?![\d])/g)) {
      const quad = octets(m[1]!.split('-'));
      if (quad && isNonPublicIpv4(quad)) return true;
    }
    const hex = /(?:^|-)([0-9a-f]{8})$/.exec(label)?.[1];
    if (hex && isNonPublicIpv4([0, 2, 4].map((k) => Number.parseInt(hex.slice(k, k + 2), 16)))) return true;
  }
  return false;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function isPublicHostname(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (isIpLiteral(name)) return false;
  const labels = name.split('.');
  if (labels.length < 2 || name.length > 253 || !labels.every((l) => LABEL.test(l))) return false;
  // A top-level domain is never all digits; WHATWG would have parsed such a host as IPv4.
  if (/^\d+$/.test(labels[labels.length - 1]!)) return false;
  const under = (suffix: string) => name === suffix || name.endsWith(`.${suffix}`);
  return !PRIVATE_SUFFIXES.some(under) && !ADDRESS_ECHO_DOMAINS.some(under) && !embedsPrivateAddress(name);
}

/** A hostname as WHATWG URL leaves it: `[...]` for IPv6, dotted decimal for IPv4. */
export function isIpLiteral(host: string): boolean {
  return host.startsWith('[') || host.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}
