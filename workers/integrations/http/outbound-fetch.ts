import { overriddenUrl, parseHostOverrides } from '../../domain/host-overrides';
import type { Config } from '../../env';

/** Header that carries the real host when a request is diverted to a local server. */
export const ORIGINAL_HOST_HEADER = 'x-original-host';

const parsed = new Map<string, Map<string, string>>();

function overridesOf(config: Pick<Config, 'OUTBOUND_HOST_OVERRIDES'>): Map<string, string> {
  const raw = config.OUTBOUND_HOST_OVERRIDES ?? '';
  let overrides = parsed.get(raw);
  if (!overrides) {
    overrides = parseHostOverrides(raw);
    parsed.set(raw, overrides);
  }
  return overrides;
}

/**
 * fetch for requests our servers make on a user's behalf (postbacks, later webhooks and PayPal).
 * Callers check the real URL first; only then, in development and tests (config refuses the
 * overrides in production), an overridden host is sent to its local server over plain http with
 * the same path and query, and the real host in `x-original-host`.
 */
export function outboundFetch(
  config: Pick<Config, 'OUTBOUND_HOST_OVERRIDES'>,
  url: string,
  init: RequestInit,
): Promise<Response> {
  const local = overriddenUrl(url, overridesOf(config));
  if (!local) return fetch(url, init);
  const headers = new Headers(init.headers);
  headers.set(ORIGINAL_HOST_HEADER, new URL(url).host);
  return fetch(local, { ...init, headers });
}
