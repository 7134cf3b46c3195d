import type { Config } from '../../env';
import { AppError } from '../../errors/app-error';
import { type CloudflareConfig, cloudflareConfig } from '../../integrations/cloudflare';

export interface DomainsConfig {
  cloudflare: CloudflareConfig;
  /** What advertisers point their CNAME at. */
  cnameTarget: string;
  /** The platform's own hostnames, which no advertiser may add (nor names under them). */
  ownHosts: string[];
}

/** The Cloudflare for SaaS settings, or domains_not_configured when the deployment has none. */
export function domainsConfig(config: Config): DomainsConfig {
  const cloudflare = cloudflareConfig(config);
  const cnameTarget = config.CUSTOM_DOMAIN_CNAME_TARGET?.toLowerCase();
  if (!cloudflare || !cnameTarget)
    throw new AppError(
      'domains_not_configured',
      'Custom domains are not configured on this deployment (Cloudflare API token, zone id and CNAME target)',
    );
  const ownHosts = [
    new URL(config.APP_BASE_URL).hostname,
    cnameTarget,
    ...config.TRACKING_HOSTS.split(',').map((h) => h.trim().toLowerCase()),
  ].filter(Boolean);
  return { cloudflare, cnameTarget, ownHosts };
}
