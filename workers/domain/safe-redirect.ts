/**
 * Redirect targets are absolute http(s) URLs whose host is one of the allowed domains: an exact
 * hostname, or any subdomain of an entry written `*.example.com`. WHATWG URL parsing (the same the
 * browser does) resolves backslashes, encoded dots, userinfo and IDNs before we compare, so what
 * we check is the host the browser will actually visit.
 */
/** The longest redirect target we send (browsers and proxies start to truncate beyond a few KB). */
export const MAX_TARGET_LENGTH = 4096;

export function parseTarget(raw: string): URL | null {
  // Refuse control characters and whitespace outright: browsers strip some of them, which would
  // make the URL we checked differ from the URL the browser follows.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point of this check.
  if (raw.length === 0 || raw.length > MAX_TARGET_LENGTH || /[\u0000-\u0020\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return url;
}

export function hostAllowed(host: string, allowedDomains: readonly string[]): boolean {
  const hostname = host.toLowerCase().replace(/\.$/, '');
  return allowedDomains.some((entry) => {
    const domain = entry.toLowerCase().replace(/\.$/, '');
    if (domain.startsWith('*.')) return hostname.endsWith(domain.slice(1)) && hostname.length > domain.length - 1;
    return hostname === domain;
  });
}

/** The URL to redirect to, or null when `raw` is not a safe target on the allowed domains. */
export function safeTarget(raw: string, allowedDomains: readonly string[]): URL | null {
  const url = parseTarget(raw);
  return url && hostAllowed(url.hostname, allowedDomains) ? url : null;
}
