/**
 * `OUTBOUND_HOST_OVERRIDES` (development and tests only): `host=ip:port` pairs. Like curl's
 * --resolve, a request to `host` goes to the local server instead, so tests can prove the safety
 * checks run on the real https URL while a plain local server answers.
 */
export function parseHostOverrides(raw: string | undefined): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const pair of (raw ?? '').split(',')) {
    const [host, target] = pair.split('=');
    if (host && target) overrides.set(host.trim().toLowerCase(), target.trim());
  }
  return overrides;
}

/** The local URL a request to `url` is sent to instead (same path and query), or null. */
export function overriddenUrl(url: string, overrides: ReadonlyMap<string, string>): string | null {
  const parsed = new URL(url);
  const target = overrides.get(parsed.hostname.toLowerCase());
  return target ? `http://${target}${parsed.pathname}${parsed.search}` : null;
}
