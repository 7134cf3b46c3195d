import { getDomain } from 'tldts';
import { isIpLiteral, isPublicHostname } from './safe-url';

/** A DNS record the advertiser sets; the shape of custom_domains.records (domain/ never imports tables). */
export type CustomDomainRecord = { type: 'CNAME' | 'TXT'; name: string; value: string; purpose: string };

/**
 * A hostname as typed, in the form Cloudflare and the tracker see it: lower case, punycode, no
 * trailing dot. Null for anything that is not a bare hostname (a URL, a port, a path, spaces).
 */
export function normalizeHostname(raw: string): string | null {
  const typed = raw.trim().replace(/\.$/, '');
  if (!typed || /[\s/:?#@\\[\]]/.test(typed)) return null;
  try {
    const url = new URL(`https://${typed}/`);
    return url.hostname === '' || url.port !== '' ? null : url.hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

export interface HostnameIssue {
  /** hostname_is_apex: a registrable (root) domain or a public suffix; hostname_not_allowed: anything else. */
  code: 'hostname_not_allowed' | 'hostname_is_apex';
  /** Completes "<hostname> …". */
  reason: string;
}

/**
 * Why an advertiser may not add this (normalized) hostname, or null. It must be a public DNS name
 * (no IP, no localhost or reserved suffix), not one of ours or under ours (the platform's own hosts
 * serve every tenant), and a subdomain under a registrable name: the routing record is a CNAME, which
 * DNS forbids at a zone's apex. The Public Suffix List (ICANN section) decides what is registrable,
 * so shop.co.uk is an apex like acme.com; private suffixes (github.io) are not DNS zones the tenant holds.
 */
export function hostnameIssue(hostname: string, ownHosts: readonly string[]): HostnameIssue | null {
  const notAllowed = (reason: string): HostnameIssue => ({ code: 'hostname_not_allowed', reason });
  if (isIpLiteral(hostname)) return notAllowed('must be a hostname, not an IP address');
  if (!isPublicHostname(hostname))
    return notAllowed('must be a public DNS hostname (not localhost or a reserved name)');
  const own = ownHosts.map((h) => h.toLowerCase()).filter(Boolean);
  if (own.some((h) => under(hostname, h) || under(h, hostname)))
    return notAllowed('is one of the platform’s own hostnames');
  const registrable = getDomain(hostname, { allowPrivateDomains: false });
  if (registrable === null) return notAllowed('is a public suffix, which nobody can own');
  if (registrable === hostname)
    return {
      code: 'hostname_is_apex',
      reason: `is a root domain, where DNS allows no CNAME record: use a subdomain of it, such as go.${hostname}`,
    };
  return null;
}

/** The facts of a Cloudflare custom hostname the DNS records come from. */
export interface HostnameVerification {
  ownership?: { type?: string | undefined; name?: string | undefined; value?: string | undefined } | undefined;
  validationRecords?:
    | {
        txt_name?: string | undefined;
        txt_value?: string | undefined;
        cname?: string | undefined;
        cname_target?: string | undefined;
      }[]
    | undefined;
}

/**
 * The DNS records the advertiser adds: the CNAME that routes the hostname to us, the TXT that
 * proves ownership, and the certificate's validation records (TXT or CNAME; an http validation
 * needs none, Cloudflare answers it once the CNAME is in place). Duplicates are shown once.
 */
export function customDomainRecords(
  hostname: string,
  cnameTarget: string,
  cloudflare: HostnameVerification | null,
): CustomDomainRecord[] {
  const records: CustomDomainRecord[] = [{ type: 'CNAME', name: hostname, value: cnameTarget, purpose: 'routing' }];
  const own = cloudflare?.ownership;
  if (own?.name && own.value && (own.type ?? 'txt') === 'txt')
    records.push({ type: 'TXT', name: own.name, value: own.value, purpose: 'ownership' });
  for (const r of cloudflare?.validationRecords ?? []) {
    if (r.txt_name && r.txt_value)
      records.push({ type: 'TXT', name: r.txt_name, value: r.txt_value, purpose: 'certificate' });
    if (r.cname && r.cname_target)
      records.push({ type: 'CNAME', name: r.cname, value: r.cname_target, purpose: 'certificate' });
  }
  return records.filter(
    (r, i) => records.findIndex((o) => o.type === r.type && o.name === r.name && o.value === r.value) === i,
  );
}
