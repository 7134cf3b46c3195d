import type { Config } from '../../env';

/** What every Cloudflare API call needs, resolved once from the Worker's config. */
export interface CloudflareConfig {
  /** API origin and version path without a trailing slash (…/client/v4), or the local dev server. */
  baseUrl: string;
  token: string;
  zoneId: string;
  /** Limit of one HTTP attempt, body included. */
  timeoutMs: number;
}

/** The Cloudflare for SaaS settings, or null when the token or zone id is missing: custom domains are off. */
export function cloudflareConfig(config: Config): CloudflareConfig | null {
  const { CLOUDFLARE_API_TOKEN: token, CLOUDFLARE_ZONE_ID: zoneId } = config;
  if (!token || !zoneId) return null;
  return { baseUrl: config.CLOUDFLARE_API_BASE_URL.replace(/\/+$/, ''), token, zoneId, timeoutMs: 15_000 };
}
