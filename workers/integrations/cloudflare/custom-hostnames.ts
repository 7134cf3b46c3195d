import { z } from 'zod';
import type { CloudflareConfig } from './cloudflare-config';
import { cloudflareRequest } from './cloudflare-request';
import { customHostname, type CustomHostname, type SslMethod } from './custom-hostname';

const base = (cfg: CloudflareConfig) => `/zones/${encodeURIComponent(cfg.zoneId)}/custom_hostnames`;
const one = (cfg: CloudflareConfig, id: string) => `${base(cfg)}/${encodeURIComponent(id)}`;

/** POST /zones/{zone}/custom_hostnames: adds the hostname and orders its DV certificate. */
export function createCustomHostname(
  cfg: CloudflareConfig,
  hostname: string,
  method: SslMethod,
): Promise<CustomHostname> {
  return cloudflareRequest(cfg, 'POST', base(cfg), customHostname, { hostname, ssl: { method, type: 'dv' } });
}

/** GET /zones/{zone}/custom_hostnames/{id}. */
export function getCustomHostname(cfg: CloudflareConfig, id: string): Promise<CustomHostname> {
  return cloudflareRequest(cfg, 'GET', one(cfg, id), customHostname);
}

/** GET /zones/{zone}/custom_hostnames?hostname=…: finds a hostname created before we stored its id. */
export function listCustomHostnames(cfg: CloudflareConfig, hostname: string): Promise<CustomHostname[]> {
  return cloudflareRequest(
    cfg,
    'GET',
    `${base(cfg)}?hostname=${encodeURIComponent(hostname)}`,
    z.array(customHostname),
  );
}

/**
 * PATCH /zones/{zone}/custom_hostnames/{id} with the same ssl settings: Cloudflare checks the
 * hostname and the certificate validation again now instead of at its next scheduled try.
 */
export function reverifyCustomHostname(cfg: CloudflareConfig, id: string, method: SslMethod): Promise<CustomHostname> {
  return cloudflareRequest(cfg, 'PATCH', one(cfg, id), customHostname, { ssl: { method, type: 'dv' } });
}

/** DELETE /zones/{zone}/custom_hostnames/{id}; answers the deleted id. */
export async function deleteCustomHostname(cfg: CloudflareConfig, id: string): Promise<void> {
  await cloudflareRequest(cfg, 'DELETE', one(cfg, id), z.object({ id: z.string() }));
}
