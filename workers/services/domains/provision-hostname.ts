import { AppError } from '../../errors/app-error';
import {
  CloudflareRequestError,
  createCustomHostname,
  listCustomHostnames,
  type CloudflareConfig,
  type CustomHostname,
} from '../../integrations/cloudflare';
import { cloudflareFailure } from './cloudflare-failure';

// Cloudflare's error code for a hostname already on the zone.
const DUPLICATE_HOSTNAME = 1406;

export const domainTaken = (hostname: string) => new AppError('domain_taken', `${hostname} has already been added`);

/**
 * Creates the custom hostname at Cloudflare. One already there that no row claims is a leftover
 * of an add that failed after Cloudflare took it: it is adopted rather than refused.
 */
export async function provisionHostname(
  cfg: CloudflareConfig,
  hostname: string,
): Promise<{ cf: CustomHostname; created: boolean }> {
  try {
    return { cf: await createCustomHostname(cfg, hostname, 'txt'), created: true };
  } catch (err) {
    if (err instanceof CloudflareRequestError && err.errors.some((e) => e.code === DUPLICATE_HOSTNAME)) {
      const [existing] = await listCustomHostnames(cfg, hostname).catch((e: unknown) => {
        throw cloudflareFailure(e);
      });
      if (existing) return { cf: existing, created: false };
    }
    throw cloudflareFailure(err);
  }
}
